/**
 * Streaming readers for what publishers send: release and record packages, wrappers of packages, arrays, bare
 * releases and records, concatenated JSON and JSON Lines, in plain, GZIP or ZIP files (every data entry; junk such as
 * {@code __MACOSX/} and {@code .DS_Store} skipped with a warning), in UTF-8, UTF-16, UTF-32 or Latin-1
 * (Windows-1252). This is the one place that opens containers and decodes text: the harvester hands its bodies here
 * as they were fetched, documents to read as OCDS and the JSON its protocols walk by (API pages, lists of years,
 * counts) alike ({@link org.ocdsnacional.ocds.read.OcdsReader#parse}). Memory does not grow with the size of the input: containers are unpacked as they are read,
 * never written out, with a cap on what they may unpack to (a zip or gzip bomb is refused); releases are
 * materialised one at a time, or a bounded few while a helper thread builds the trees of a package's releases from
 * their bytes. Key order carries no meaning: each release comes with its package's whole metadata, wherever the
 * package's keys stand, read ahead by a second parser that jumps over the releases. Also the format detection of
 * ocdskit, case for case.
 */
package org.ocdsnacional.ocds.read;
