package org.ocdsnacional.generator;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/**
 * The metadata every generated package carries, written before its releases (as a publisher should).
 *
 * @param uri           the package's URI
 * @param publisherName who publishes it
 * @param publishedDate when (fixed for a data set, so files are reproducible)
 * @param extensions    the extensions its releases use: the bids extension when patterns are planted (their bids)
 */
public record PackageInfo(String uri, String publisherName, String publishedDate, List<String> extensions) {

    /** The bids extension, which the planted patterns' bids follow. */
    static final String BIDS = "https://raw.githubusercontent.com/open-contracting/ocds_bid_extension/v1.1.5/"
            + "extension.json";

    public PackageInfo {
        extensions = List.copyOf(extensions);
    }

    /** Package metadata for data set {@code dataset} at {@code uri}, published on the last day of its last year. */
    public static PackageInfo of(Dataset dataset, String uri, String publisherName) {
        return new PackageInfo(uri, publisherName, dataset.settings().toYear() + "-12-31T23:00:00-06:00",
                dataset.planted().isPresent() ? List.of(BIDS) : List.of());
    }

    /** Writes the metadata fields into the open package object. */
    public void writeFields(JsonGenerator json) throws IOException {
        json.writeStringField("uri", uri);
        json.writeStringField("version", "1.1");
        json.writeStringField("publishedDate", publishedDate);
        json.writeObjectFieldStart("publisher");
        json.writeStringField("name", publisherName);
        json.writeEndObject();
        json.writeStringField("license", "https://creativecommons.org/licenses/by/4.0/deed.es");
        json.writeStringField("publicationPolicy", "https://datos.example.gob.mx/politica-de-publicacion");
        if (!extensions.isEmpty()) {
            json.writeArrayFieldStart("extensions");
            for (String extension : extensions) {
                json.writeString(extension);
            }
            json.writeEndArray();
        }
    }
}
