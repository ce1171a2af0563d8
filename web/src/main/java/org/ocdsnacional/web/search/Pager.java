package org.ocdsnacional.web.search;

import java.util.Optional;

/** Links to the pages before and after this one (cursors in the address). */
public record Pager(Optional<String> previous, Optional<String> next) {

    public boolean any() {
        return previous.isPresent() || next.isPresent();
    }
}
