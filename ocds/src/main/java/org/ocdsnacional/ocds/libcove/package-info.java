/**
 * Agreement with lib-cove-ocds, the library of the OCDS Data Review Tool: every case extracted from its tests
 * ({@code shared/fixtures/peer-tests/libcoveocds/expected.json}) run through our validator, compared on what the
 * peer promises (validator, instance paths, counts; categories rather than English wording), and set out as a
 * table. The tests assert it; the command line prints it.
 */
package org.ocdsnacional.ocds.libcove;
