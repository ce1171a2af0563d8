package org.ocdsnacional.ocds.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.Release;

/**
 * {@code "tag": "contract"} → {@code "tag": ["contract"]}: QuiénEsQuién.wiki publishes the release tag as a string,
 * where OCDS has a list.
 */
public final class TagAsList implements ReleaseNormaliser {

    @Override
    public Release normalise(Release release) {
        JsonNode tag = release.json().get("tag");
        if (tag == null || !tag.isTextual()) {
            return release;
        }
        ObjectNode copy = release.json().deepCopy();
        copy.putArray("tag").add(tag.asText());
        return new Release(copy);
    }
}
