/**
 * Field coverage: how many compiled releases have each field, counted as Cardinal's {@code coverage} command
 * counts (a field is there when it holds something other than {@code ""}, {@code []}, {@code {}}, {@code null} or
 * only such things), and the figures a publisher needs to see what it omits (buyer id, supplier RFC, values, dates,
 * method, classified items, documents).
 */
package org.ocdsnacional.analytics.coverage;
