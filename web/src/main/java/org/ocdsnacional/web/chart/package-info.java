/**
 * Pictures drawn on the server as SVG from the numbers the query layer returns: bars, time series, the map of the
 * states. No chart library and no script: each mark is a shape with a class, many of them links.
 */
package org.ocdsnacional.web.chart;
