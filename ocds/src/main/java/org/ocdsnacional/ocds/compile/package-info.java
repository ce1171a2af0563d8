/**
 * Compiling release packages into a record package, as {@code ocdskit compile --package} does, streamed: releases
 * are grouped by ocid through an external sort ({@link org.ocdsnacional.ocds.compile.OcidSort}: runs of bounded size
 * spilled to temporary files and merged), so that memory does not grow with the input, and each process is compiled
 * by the merge rules of the version and extensions its package declares: as its releases come, when they come
 * together ({@link org.ocdsnacional.ocds.compile.GroupedRuns}), else once all are read.
 */
package org.ocdsnacional.ocds.compile;
