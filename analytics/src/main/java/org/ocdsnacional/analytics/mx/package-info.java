/**
 * Red flags only Mexican data allows, as pure functions with typed settings: a newly incorporated supplier (by the
 * date its RFC carries), a direct award or restricted invitation above the threshold of its year, repeated direct
 * awards from one buyer to one supplier that add up above it (possible split purchases, a function over the group
 * of the pair's awards), late publication, amendments that raise a contract's value, and a supplier on a reference
 * list before the award (given a lookup of the list).
 */
package org.ocdsnacional.analytics.mx;
