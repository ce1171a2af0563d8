package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Streaming looks into a document for what a protocol walks next, without materialising its releases: the
 * {@code links.next} of a package, and the URLs of linked releases in record packages. A document these scans
 * cannot read gives nothing: reading it as OCDS reports what is wrong with it.
 */
final class DocumentScan {

    private final ObjectMapper mapper;

    DocumentScan(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * What record packages hold.
     *
     * @param urls     URLs of releases the records only link to, in document order
     * @param embedded whether some records embed their releases
     */
    record LinkedReleases(List<String> urls, boolean embedded) {
    }

    /** The {@code links.next} of a package, if it has one. */
    Optional<String> nextLink(Path document) {
        try (JsonParser p = mapper.getFactory().createParser(document.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (name.equals("links")) {
                    JsonNode links = mapper.readTree(p);
                    JsonNode next = links.path("next");
                    return next.isTextual() && !next.asText().isBlank() ? Optional.of(next.asText()) : Optional.empty();
                }
                p.skipChildren();
            }
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    /** The linked releases of a record package, an array of them, or a {@code recordPackages} wrapper. */
    LinkedReleases linkedReleases(Path document) {
        List<String> urls = new ArrayList<>();
        boolean[] embedded = {false};
        try (JsonParser p = mapper.getFactory().createParser(document.toFile())) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                value(p, token, urls, embedded);
            }
        } catch (IOException unreadable) {
            return new LinkedReleases(List.copyOf(urls), true);
        }
        return new LinkedReleases(List.copyOf(urls), embedded[0]);
    }

    private void value(JsonParser p, JsonToken token, List<String> urls, boolean[] embedded) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                value(p, element, urls, embedded);
            }
        } else if (token == JsonToken.START_OBJECT) {
            packageFields(p, urls, embedded);
        }
    }

    private void packageFields(JsonParser p, List<String> urls, boolean[] embedded) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("records") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    record(mapper.readTree(p), urls, embedded);
                }
            } else if (name.equals("recordPackages") && value == JsonToken.START_ARRAY) {
                value(p, value, urls, embedded);
            } else {
                p.skipChildren();
            }
        }
    }

    private static void record(JsonNode record, List<String> urls, boolean[] embedded) {
        for (JsonNode release : record.path("releases")) {
            if (release.has("ocid")) {
                embedded[0] = true;
            } else if (release.path("url").isTextual()) {
                urls.add(release.path("url").asText());
            }
        }
    }
}
