/**
 * The statistics population-wide flags rest on, computed exactly as Cardinal computes them: quantiles by
 * Hyndman and Fan's method 8 (Rust's statrs, R's {@code type = 8}), fences with a fused multiply-add.
 */
package org.ocdsnacional.analytics.stats;
