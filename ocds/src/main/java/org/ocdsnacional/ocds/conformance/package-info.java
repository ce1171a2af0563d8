/**
 * The peer implementations' own test cases, read in place from the shared fixtures: ocds-merge's compiled and
 * versioned releases, and ocdskit's format detection. Tests run every case; the {@code conformance} command prints
 * the table of results.
 */
package org.ocdsnacional.ocds.conformance;
