/** Test helpers: a local publisher over real HTTP, the shared fixtures, sources and a recording sink. */
package org.ocdsnacional.harvester.testing;
