package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonParser;

import java.io.IOException;

/**
 * What a caller looks for in the tokens of one JSON document that is not read as OCDS: the paging of an API page,
 * a list of years, a count, a token ({@link OcdsReader#parse}). It may be called a second time, from the first
 * token, when the text turned out not to be UTF-8 and is read again as Latin-1: each call starts afresh.
 *
 * @param <T> what it finds
 */
@FunctionalInterface
public interface JsonScan<T> {

    T scan(JsonParser parser) throws IOException;
}
