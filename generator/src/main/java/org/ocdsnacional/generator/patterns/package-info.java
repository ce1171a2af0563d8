/**
 * Processes that plant the patterns red flags look for (a single bid, a newly incorporated supplier, a direct award
 * above its threshold, split purchases, late publication, a large amendment, a supplier on a reference list, bids
 * close to or far from the winning one, identical, late or disqualified bids), among neutral processes that raise
 * none, with the list of which process plants which flag: for tests and demonstrations that the flags find exactly
 * what was planted. Reproducible: the same seed gives the same bytes.
 */
package org.ocdsnacional.generator.patterns;
