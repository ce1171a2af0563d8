package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks into a body for what a protocol walks next, as scans over the tokens the ocds reader decodes ({@link
 * SourceSession#parse}, {@link SourceSession#peek}): a small body whole, the {@code links.next} of a package, and the
 * URLs of linked releases in record packages, without materialising releases.
 */
final class DocumentScan {

    private DocumentScan() {
    }

    /**
     * What record packages hold.
     *
     * @param urls     URLs of releases the records only link to, in document order
     * @param embedded whether some records embed their releases
     */
    record LinkedReleases(List<String> urls, boolean embedded) {
    }

    /** A small body whole (a list of years, a count, a CKAN dataset, a token); a missing node when it is empty. */
    static JsonNode tree(JsonParser p) throws IOException {
        JsonNode tree = p.readValueAsTree();
        return tree == null ? MissingNode.getInstance() : tree;
    }

    /** The {@code links.next} of a package, if it has one. */
    static Optional<String> nextLink(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("links")) {
                JsonNode next = tree(p).path("next");
                return next.isTextual() && !next.asText().isBlank() ? Optional.of(next.asText()) : Optional.empty();
            }
            p.skipChildren();
        }
        return Optional.empty();
    }

    /** The linked releases of a record package, an array of them, or a {@code recordPackages} wrapper. */
    static LinkedReleases linkedReleases(JsonParser p) throws IOException {
        List<String> urls = new ArrayList<>();
        boolean[] embedded = {false};
        JsonToken token;
        while ((token = p.nextToken()) != null) {
            value(p, token, urls, embedded);
        }
        return new LinkedReleases(List.copyOf(urls), embedded[0]);
    }

    private static void value(JsonParser p, JsonToken token, List<String> urls, boolean[] embedded)
            throws IOException {
        if (token == JsonToken.START_ARRAY) {
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                value(p, element, urls, embedded);
            }
        } else if (token == JsonToken.START_OBJECT) {
            packageFields(p, urls, embedded);
        }
    }

    private static void packageFields(JsonParser p, List<String> urls, boolean[] embedded) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("records") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    record(tree(p), urls, embedded);
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
