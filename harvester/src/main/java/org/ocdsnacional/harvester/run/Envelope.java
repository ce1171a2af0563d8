package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.harvester.protocol.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Splits an API page {@code {"pagination":{…},"data":[release,…]}} in one streaming pass: the array under a key is
 * copied to a file of its own (read as releases), everything else is kept as a small object (read for paging).
 */
final class Envelope {

    private final ObjectMapper mapper;

    Envelope(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The page's fields other than {@code arrayKey} and the array's length; the array (or {@code []} when
     * absent) is written to {@code releases}.
     *
     * @return empty with the reason in {@code problem} when the page is not a JSON object
     */
    Optional<Page> split(Path page, String arrayKey, Path releases, StringBuilder problem) throws IOException {
        try (JsonParser parser = mapper.getFactory().createParser(page.toFile());
             JsonGenerator out = mapper.getFactory().createGenerator(releases.toFile(),
                     JsonEncoding.UTF8)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem.append("La respuesta no es un objeto JSON / The response is not a JSON object");
                return Optional.empty();
            }
            return Optional.of(fields(parser, arrayKey, out));
        } catch (JsonProcessingException e) {
            problem.append("La respuesta no es JSON válido / The response is not valid JSON: ")
                    .append(e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private Page fields(JsonParser parser, String arrayKey, JsonGenerator out) throws IOException {
        ObjectNode rest = mapper.createObjectNode();
        long items = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(arrayKey) && value == JsonToken.START_ARRAY && items < 0) {
                items = copyArray(parser, out);
            } else {
                rest.set(name, mapper.readTree(parser));
            }
        }
        if (items < 0) {
            out.writeStartArray();
            out.writeEndArray();
        }
        return new Page(rest, Math.max(items, 0));
    }

    private static long copyArray(JsonParser parser, JsonGenerator out) throws IOException {
        long items = 0;
        out.writeStartArray();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            out.copyCurrentStructure(parser);
            items++;
        }
        out.writeEndArray();
        return items;
    }

    static Path tempFile(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        return Files.createTempFile(workDir, "page-", ".json");
    }
}
