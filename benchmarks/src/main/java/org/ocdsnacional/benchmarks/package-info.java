/**
 * Benchmarks: each is a program with a {@code main} that measures one thing, prints its numbers beside a
 * baseline measured in the same run, and asserts nothing. How to run each one is in docs/BENCHMARKS.md.
 */
package org.ocdsnacional.benchmarks;
