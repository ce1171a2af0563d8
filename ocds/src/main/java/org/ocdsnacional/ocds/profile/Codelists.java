package org.ocdsnacional.ocds.profile;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The codelists of a profile, by file name. */
public final class Codelists {

    private final Map<String, Codelist> byName;

    Codelists(Map<String, Codelist> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The codelist of this file name ({@code tenderStatus.csv}), if it could be read. */
    public Optional<Codelist> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every codelist read. */
    public Collection<Codelist> all() {
        return byName.values();
    }
}
