package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.harvester.protocol.Page;

import java.io.IOException;
import java.util.Optional;

/**
 * The paging of an API page {@code {"pagination":{…},"data":[release,…]}}, in one streaming pass that skips over
 * the releases (the ocds reader reads them): the page's other fields, kept as a small object, and the length of the
 * array under a key.
 */
final class Envelope {

    private Envelope() {
    }

    /**
     * The page's fields other than {@code arrayKey}, and the length of that array (0 when absent).
     *
     * @return empty when the page is not a JSON object
     */
    static Optional<Page> paging(JsonParser parser, String arrayKey) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return Optional.empty();
        }
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        long items = -1;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(arrayKey) && value == JsonToken.START_ARRAY && items < 0) {
                items = length(parser);
            } else {
                rest.set(name, parser.readValueAsTree());
            }
        }
        return Optional.of(new Page(rest, Math.max(items, 0)));
    }

    private static long length(JsonParser parser) throws IOException {
        long items = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            items++;
        }
        return items;
    }
}
