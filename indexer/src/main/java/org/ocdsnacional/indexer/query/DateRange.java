package org.ocdsnacional.indexer.query;

import java.util.Optional;

/**
 * A range over one of a process's dates; bounds are inclusive ISO 8601 dates or date-times.
 */
public record DateRange(DateField field, Optional<String> from, Optional<String> to) {
}
