package org.ocdsnacional.ocds.pipeline;

import java.util.Optional;

/**
 * The first thing that went wrong in a run, with enough context to act on it.
 *
 * @param url    the URL (or file) being read
 * @param status the HTTP status, when there was a response
 * @param reason what happened and what to do, readable by a person
 */
public record RunError(String url, Optional<Integer> status, String reason) {
}
