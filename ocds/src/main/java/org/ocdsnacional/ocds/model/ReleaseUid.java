package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The stable id of one release of one source: SHA-256 of (source, ocid, release id). A release without an id is
 * identified by its content hash. Harvesting the same release again gives the same uid, so it replaces the stored
 * one instead of adding a duplicate.
 */
public final class ReleaseUid {

    private ReleaseUid() {
    }

    public static String of(String sourceId, Release release, String contentHash) {
        String releaseId = release.id().isEmpty() ? contentHash : release.id();
        return ContentHash.of(new TextNode(sourceId + "\n" + release.ocid() + "\n" + releaseId));
    }
}
