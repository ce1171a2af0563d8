/**
 * The composition root and the one runnable: configuration, the command line ({@code serve},
 * {@code harvest}), and the wiring of the harvester's output into the indexer.
 */
package org.ocdsnacional.app;
