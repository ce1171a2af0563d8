package org.ocdsnacional.ocds.validate;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Gives the JSON Schema library a profile's extended release schema wherever a package or record schema refers
 * to the core release schema (by http or https URL), so that records and packages are checked against the
 * extensions too.
 */
final class ProfileSchemaLoader implements SchemaLoader {

    private final String hostAndPath;
    private final byte[] releaseSchema;

    ProfileSchemaLoader(URI releaseSchemaUrl, String releaseSchemaText) {
        this.hostAndPath = releaseSchemaUrl.getHost() + releaseSchemaUrl.getPath();
        this.releaseSchema = releaseSchemaText.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public InputStreamSource getSchema(AbsoluteIri iri) {
        URI url;
        try {
            url = URI.create(iri.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!hostAndPath.equals(url.getHost() + url.getPath())) {
            return null;
        }
        return () -> new ByteArrayInputStream(releaseSchema);
    }
}
