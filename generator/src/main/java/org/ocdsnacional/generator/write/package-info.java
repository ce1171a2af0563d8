/**
 * Writes generated data sets as files a publisher would put online: one file at a chosen path, or a folder of
 * numbered files.
 */
package org.ocdsnacional.generator.write;
