/**
 * What validation found in each harvest run, as publishers see it: the issues grouped by type and path (one
 * document per group) and one report per run (totals, schemas used, the publication summary), compared with the
 * source's previous run.
 */
package org.ocdsnacional.indexer.issues;
