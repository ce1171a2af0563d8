package org.ocdsnacional.ocds.libcove;

import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.net.URI;

/** A source that gives a test release schema in place of every version's core release schema. */
final class SchemaOverrideSource implements SchemaSource {

    private final String releaseSchema;
    private final SchemaSource others;

    SchemaOverrideSource(String releaseSchema, SchemaSource others) {
        this.releaseSchema = releaseSchema;
        this.others = others;
    }

    @Override
    public String read(URI url) throws IOException {
        for (OcdsVersion version : OcdsVersion.values()) {
            if (version.releaseSchemaUrl().getPath().equals(url.getPath())) {
                return releaseSchema;
            }
        }
        return others.read(url);
    }
}
