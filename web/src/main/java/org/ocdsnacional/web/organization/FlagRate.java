package org.ocdsnacional.web.organization;

/**
 * A red flag among an organization's processes in one role, beside the national rate.
 *
 * @param flag         the flag's code and name
 * @param processes    how many of its processes raise it
 * @param rate         their share of its processes
 * @param nationalRate the share of all processes that raise it
 * @param searchUrl    the search for its processes that raise it
 */
public record FlagRate(String flag, String processes, String rate, String nationalRate, String searchUrl) {
}
