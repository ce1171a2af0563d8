/** Writes generated data sets to a folder as files a publisher would put online. */
package org.ocdsnacional.generator.write;
