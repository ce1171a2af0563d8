package org.ocdsnacional.web.process;

/**
 * A red flag the process raises: its code, its name in the page's language, and the evidence (the fields and
 * values that raised it), written out.
 */
public record FlagLine(String code, String name, String evidence) {
}
