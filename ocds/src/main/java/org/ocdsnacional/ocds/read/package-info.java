/**
 * Streaming readers for what publishers send: release and record packages, wrappers of packages, arrays, bare
 * releases and records, concatenated JSON and JSON Lines, in plain, GZIP or ZIP files, in UTF-8, UTF-16 or Latin-1.
 * Memory does not grow with the size of the input: releases are materialised one at a time, or a bounded few
 * while a helper thread builds the trees of a package's releases from their bytes. Also the format detection of
 * ocdskit, case for case.
 */
package org.ocdsnacional.ocds.read;
