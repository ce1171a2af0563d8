/**
 * Conformance with Cardinal: every case of its test suite (indicators and coverage, the settings in each file name
 * and the global settings every case runs with) and every demonstration of its documentation, run through this
 * module, compared with Cardinal's expected output, and printed as a table.
 */
package org.ocdsnacional.analytics.conformance;
