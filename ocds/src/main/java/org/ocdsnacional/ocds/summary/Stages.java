package org.ocdsnacional.ocds.summary;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Date ranges and documents per stage of the contracting process. */
final class Stages {

    private static final List<String> DATED = List.of("release", "tender", "award", "contract");
    private static final List<String> DOCUMENTED = List.of("planning", "tender", "tenderMilestones", "award",
            "contract", "implementation", "implementationMilestones");
    private static final int MAX_TYPES = 200;

    private final Map<String, String[]> ranges = new LinkedHashMap<>();
    private final Map<String, Long> documentCounts = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> documentTypes = new LinkedHashMap<>();

    Stages() {
        DATED.forEach(stage -> ranges.put(stage, new String[2]));
        DOCUMENTED.forEach(stage -> {
            documentCounts.put(stage, 0L);
            documentTypes.put(stage, new TreeMap<>());
        });
    }

    /** A date of a stage, if it is set. */
    void date(String stage, JsonNode date) {
        if (!Values.truthy(date)) {
            return;
        }
        String text = Values.text(date);
        String[] range = ranges.get(stage);
        if (range[0] == null || text.compareTo(range[0]) < 0) {
            range[0] = text;
        }
        if (range[1] == null || text.compareTo(range[1]) > 0) {
            range[1] = text;
        }
    }

    /** The documents of {@code parent}, a section of {@code stage}. */
    void documents(String stage, JsonNode parent) {
        for (JsonNode document : parent.path("documents")) {
            documentCounts.merge(stage, 1L, Long::sum);
            JsonNode type = document.path("documentType");
            Map<String, Long> types = documentTypes.get(stage);
            if (Values.truthy(type) && (types.size() < MAX_TYPES || types.containsKey(Values.text(type)))) {
                types.merge(Values.text(type), 1L, Long::sum);
            }
        }
    }

    List<PublicationSummary.StageDates> dates() {
        List<PublicationSummary.StageDates> dates = new ArrayList<>();
        ranges.forEach((stage, range) -> dates.add(new PublicationSummary.StageDates(stage,
                range[0] == null ? "" : range[0], range[1] == null ? "" : range[1])));
        return dates;
    }

    List<PublicationSummary.StageDocuments> documents() {
        List<PublicationSummary.StageDocuments> documents = new ArrayList<>();
        documentCounts.forEach((stage, count) -> documents.add(new PublicationSummary.StageDocuments(stage, count,
                SummaryBuilder.counts(documentTypes.get(stage)))));
        return documents;
    }
}
