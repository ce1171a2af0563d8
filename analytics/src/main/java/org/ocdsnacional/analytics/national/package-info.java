/**
 * Flags over a national population whose processes arrive and change one at a time: each process is assessed by
 * itself ({@link org.ocdsnacional.analytics.national.ProcessAssessor}: the flags it raises alone, and what it adds to
 * the population, with organizations resolved across publishers), the population's statistics are computed from the
 * processes' observations ({@link org.ocdsnacional.analytics.national.NationalPopulation}), and a process's
 * population-wide flags are a function of its observation and those statistics. Pure functions: storing
 * observations and statistics, and deciding what to flag again, belong to whoever holds the population.
 */
package org.ocdsnacional.analytics.national;
