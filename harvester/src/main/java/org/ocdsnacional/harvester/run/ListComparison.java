package org.ocdsnacional.harvester.run;

/**
 * How a reference list read by a run compares with the one stored before it.
 *
 * @param added     rows not there before
 * @param changed   rows there before, with another name
 * @param unchanged rows as before
 * @param removed   rows no longer there
 */
public record ListComparison(long added, long changed, long unchanged, long removed) {
}
