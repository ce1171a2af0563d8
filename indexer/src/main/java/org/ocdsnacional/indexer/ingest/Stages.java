package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/** Awards and contracts of a compiled release. */
final class Stages {

    private Stages() {
    }

    /** Whether an award or contract was cancelled or unsuccessful: its value is not counted as awarded. */
    static boolean isVoid(JsonNode stage) {
        String status = stage.path("status").asText("");
        return status.equals("cancelled") || status.equals("unsuccessful");
    }
}
