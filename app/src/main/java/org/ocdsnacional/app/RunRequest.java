package org.ocdsnacional.app;

/**
 * The answer to "harvest this source now".
 *
 * @param accepted whether a run was asked for (it starts as soon as the source is not already running)
 * @param message  what happened, readable by an administrator (Spanish / English)
 */
public record RunRequest(boolean accepted, String message) {
}
