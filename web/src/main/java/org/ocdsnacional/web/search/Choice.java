package org.ocdsnacional.web.search;

/** One option of a filter: its value in the address, its label, and whether the search has it. */
public record Choice(String value, String label, boolean chosen) {
}
