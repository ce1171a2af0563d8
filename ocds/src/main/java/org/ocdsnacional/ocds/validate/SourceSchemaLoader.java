package org.ocdsnacional.ocds.validate;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Lets the JSON Schema library fetch what a schema {@code $ref}s by URL through a {@link SchemaSource}
 * (offline mirror or cached HTTP), never through its own network access.
 */
final class SourceSchemaLoader implements SchemaLoader {

    private final SchemaSource source;

    SourceSchemaLoader(SchemaSource source) {
        this.source = source;
    }

    @Override
    public InputStreamSource getSchema(AbsoluteIri iri) {
        String scheme = iri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return null;
        }
        URI url = URI.create(iri.toString());
        return () -> new ByteArrayInputStream(source.read(url).getBytes(StandardCharsets.UTF_8));
    }
}
