/** Where schemas and extensions come from: an offline mirror laid out by URL, or HTTP with a disk cache. */
package org.ocdsnacional.ocds.schema;
