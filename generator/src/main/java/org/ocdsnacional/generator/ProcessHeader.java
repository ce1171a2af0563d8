package org.ocdsnacional.generator;

import java.util.Locale;

/**
 * Where and when a process is, drawn apart from its other facts so that a publisher can list processes by year
 * without generating them.
 *
 * @param ocid  its ocid: prefix, state abbreviation, year, number
 * @param state the buyer's state
 * @param year  the year it starts
 */
record ProcessHeader(String ocid, MexicanState state, int year) {

    private static final long STREAM = 1;

    static ProcessHeader draw(GeneratorSettings settings, int index) {
        MexicanState state = Draw.of(settings.seed(), STREAM, index).pick(settings.states());
        int year = Draw.of(settings.seed(), state, STREAM, index).between(settings.fromYear(), settings.toYear());
        String ocid = String.format(Locale.ROOT, "%s-%s-%d-%06d", settings.ocidPrefix(), state.abbreviation(), year,
                index + 1);
        return new ProcessHeader(ocid, state, year);
    }
}
