package org.ocdsnacional.web.search;

/** A labelled address. */
public record Link(String label, String url) {
}
