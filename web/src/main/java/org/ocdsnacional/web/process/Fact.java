package org.ocdsnacional.web.process;

import java.util.Optional;

/** A labelled value, linked when it names something with a page of its own. */
public record Fact(String label, String value, Optional<String> url) {

    public static Fact of(String label, String value) {
        return new Fact(label, value, Optional.empty());
    }
}
