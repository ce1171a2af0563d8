package org.ocdsnacional.harvester.unpack;

import java.nio.file.Path;

/**
 * One piece of data inside a body, as UTF-8 (or UTF-16/32) text on disk.
 *
 * @param name  where it is inside the body: empty for the body itself, the entry name for a ZIP entry
 * @param file  the file holding it
 * @param bytes its size
 */
public record Part(String name, Path file, long bytes) {
}
