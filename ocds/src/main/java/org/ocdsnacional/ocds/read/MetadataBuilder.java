package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects package metadata fields as a parser meets them. */
final class MetadataBuilder {

    private final ObjectMapper mapper;
    private Optional<String> version = Optional.empty();
    private final List<String> extensions = new ArrayList<>();
    private Optional<JsonNode> publisher = Optional.empty();
    private Optional<String> uri = Optional.empty();
    private Optional<String> publishedDate = Optional.empty();

    MetadataBuilder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Takes the value under the parser if {@code field} is package metadata; false (nothing read) otherwise. */
    boolean accept(String field, JsonParser p) throws IOException {
        switch (field) {
            case "version" -> version = text(mapper.readTree(p));
            case "uri" -> uri = text(mapper.readTree(p));
            case "publishedDate" -> publishedDate = text(mapper.readTree(p));
            case "publisher" -> publisher = Optional.of(mapper.readTree(p));
            case "extensions" -> readExtensions(mapper.readTree(p));
            default -> {
                return false;
            }
        }
        return true;
    }

    private void readExtensions(JsonNode urls) {
        urls.forEach(url -> text(url).ifPresent(extensions::add));
    }

    boolean hasVersion() {
        return version.isPresent();
    }

    PackageMetadata build() {
        return new PackageMetadata(version, extensions, publisher, uri, publishedDate);
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
