/**
 * Downloads of a whole search: CSV (UTF-8 with a byte-order mark, so Excel reads accents right; one row per
 * process), JSON Lines of compiled releases, and an OCDS release package of them. Streamed page by page through the
 * query layer's cursors, in constant memory, up to a configured number of processes.
 */
package org.ocdsnacional.web.export;
