package org.ocdsnacional.analytics.conformance;

/**
 * One case compared.
 *
 * @param suite    which command's cases
 * @param name     the case
 * @param expected Cardinal's output, compact JSON
 * @param ours     our output for the same input and settings, compact JSON
 * @param agree    whether they are the same (numbers compared by value)
 */
public record ConformanceRow(String suite, String name, String expected, String ours, boolean agree) {
}
