/**
 * The per-publication summary that lib-cove-ocds's release aggregates gave: how many tenders, awards, contracts,
 * which buyers and suppliers, schemes, currencies and date ranges, duplicate release ids, contracts without
 * awards. Built one release at a time in bounded memory (distinct values are counted through 64-bit hashes;
 * only a sample of them is kept).
 */
package org.ocdsnacional.ocds.summary;
