/**
 * What a body holds once unwrapped: ZIP entries (junk such as {@code __MACOSX/} and {@code .DS_Store} skipped),
 * GZIP content, and text made UTF-8 (Latin-1 and Windows-1252 bodies transcoded; UTF-8 with or without BOM and
 * UTF-16/32 left to the JSON parser). Unpacking streams to temporary files with a cap on the unpacked size, so a
 * multi-gigabyte archive never sits in memory and a zip or gzip bomb is refused.
 *
 * <p>This is the harvester's seam for containers and encodings until the {@code ocds} reader handles them itself;
 * then {@link org.ocdsnacional.harvester.unpack.Unpacker} can hand bodies straight to it.
 */
package org.ocdsnacional.harvester.unpack;
