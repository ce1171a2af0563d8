/** The indices: names, versions behind aliases, templates with the accent-folding Spanish analyser. */
package org.ocdsnacional.indexer.schema;
