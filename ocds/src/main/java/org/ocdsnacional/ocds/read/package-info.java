/**
 * Streaming readers for what publishers send: release and record packages, wrappers of packages,
 * arrays, bare releases and records, concatenated JSON and JSON Lines. Memory does not grow with
 * the size of the input: releases are materialised one at a time.
 */
package org.ocdsnacional.ocds.read;
