/**
 * The Open Contracting Data Standard as a library: reading what publishers send, schema profiles,
 * validation and merging. No storage, no scheduling, no HTTP server.
 */
package org.ocdsnacional.ocds;
