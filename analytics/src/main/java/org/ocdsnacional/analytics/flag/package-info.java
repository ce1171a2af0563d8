/**
 * What a flag is, whoever computes it: a code, its names in Spanish and English, a value and the evidence (the
 * fields and values that raised it). These are plain values a process document can carry.
 */
package org.ocdsnacional.analytics.flag;
