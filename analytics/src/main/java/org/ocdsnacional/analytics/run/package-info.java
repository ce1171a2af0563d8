/**
 * A pass over a population of compiled releases in a file: the flags each process raises by itself, the
 * population's statistics, then the flags that compare processes and organizations with them; reported in the
 * shape of Cardinal's {@code indicators} output.
 */
package org.ocdsnacional.analytics.run;
