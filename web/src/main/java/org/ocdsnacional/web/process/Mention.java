package org.ocdsnacional.web.process;

import java.util.Optional;

/** An organization a process page names: a supplier or a tenderer, linked to its page when it has one. */
public record Mention(String name, Optional<String> url) {
}
