/**
 * Merging the releases of one contracting process into its compiled release and its versioned release, by the
 * rules a release schema declares (1.1 and 1.0, patched by extensions), with ocds-merge's results: its own test
 * cases pass unchanged. Bad data (undated releases, repeated ids, fields whose type changes) gives warnings with a
 * JSON pointer, never a failure.
 */
package org.ocdsnacional.ocds.merge;
