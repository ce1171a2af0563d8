package org.ocdsnacional.indexer.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;
import java.util.List;

/**
 * The summary of a process document: the fields one row of a list of processes shows (those of the CSV download),
 * written once more as one JSON text (UTF-8 bytes) in the binary doc values {@value #FIELD} of the processes index. A
 * download of many processes reads that column alone ({@code docvalue_fields}, no stored field, {@code _source}
 * off). Asking for part of the {@code _source} instead makes OpenSearch read and parse each process's whole source,
 * its compiled release included; a stored field (index v5) still made Lucene decompress the stored-field blocks it
 * shared with the compiled release. The bytes are in the {@code _source} too (base64, as binary fields are), so that a
 * partial update of other fields keeps them.
 */
public final class ProcessSummary {

    /** The binary field (doc values, not indexed, not stored) that holds the summary as JSON bytes. */
    public static final String FIELD = "summary";
    /** The fields of the process document the summary holds, each as the document has it. */
    public static final List<String> FIELDS = List.of("ocid", "title", "buyer", "suppliers", "states", "levels",
            "sources", "procurementMethod", "procurementMethodDetails", "mainProcurementCategory", "tenderStatus",
            "date", "awardDate", "contractSignedDate", "numberOfTenderers", "directAward", "singleBidder", "awarded",
            "contracted", "withdrawn");

    private ProcessSummary() {
    }

    /** Whether the summary holds every one of {@code fields}. */
    public static boolean holds(List<String> fields) {
        return FIELDS.containsAll(fields);
    }

    /** The summary of a process document, as the bytes its field holds. */
    public static byte[] of(JsonNode document, ObjectMapper mapper) {
        ObjectNode summary = mapper.createObjectNode();
        FIELDS.stream().filter(document::has).forEach(field -> summary.set(field, document.get(field)));
        try {
            return mapper.writeValueAsBytes(summary);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A process summary could not be written as JSON", e);
        }
    }
}
