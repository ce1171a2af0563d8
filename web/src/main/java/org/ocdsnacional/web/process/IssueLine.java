package org.ocdsnacional.web.process;

/** A validation issue of one of the process's releases. */
public record IssueLine(String severity, String type, String path, String message, String releaseId) {
}
