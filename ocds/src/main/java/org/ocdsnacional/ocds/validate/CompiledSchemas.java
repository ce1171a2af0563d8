package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.serialization.DefaultJsonNodeReader;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Release schemas compiled once per OCDS version and shared by all threads. A schema that could not be had
 * is remembered as unavailable for a minute, so a missing schema costs one attempt per minute, not one per
 * release.
 */
final class CompiledSchemas {

    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final SchemaSource source;
    private final ObjectMapper mapper;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config;
    private final Map<OcdsVersion, SchemaOutcome> outcomes = new ConcurrentHashMap<>();

    private CompiledSchemas(SchemaSource source, ObjectMapper mapper) {
        this.source = source;
        this.mapper = mapper;
        this.factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .jsonNodeReader(DefaultJsonNodeReader.builder().jsonMapper(mapper).build())
                .metaSchema(OcdsDialect.metaSchema())
                .defaultMetaSchemaIri(OcdsDialect.DRAFT_04)
                .schemaLoaders(loaders -> loaders.add(new SourceSchemaLoader(source)))
                .build();
        this.config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
    }

    static CompiledSchemas create(SchemaSource source, ObjectMapper mapper) {
        return new CompiledSchemas(source, mapper);
    }

    SchemaOutcome get(OcdsVersion version) {
        SchemaOutcome outcome = outcomes.computeIfAbsent(version, this::load);
        if (outcome instanceof SchemaOutcome.Unavailable failed && failed.retryDue(RETRY_AFTER)) {
            return outcomes.compute(version, (v, current) -> current == failed ? load(v) : current);
        }
        return outcome;
    }

    private SchemaOutcome load(OcdsVersion version) {
        URI url = version.releaseSchemaUrl();
        try {
            JsonNode json = mapper.readTree(source.read(url));
            JsonSchema schema = factory.getSchema(SchemaLocation.of(url.toString()), json, config);
            schema.initializeValidators();
            return new SchemaOutcome.Ready(url, schema, json);
        } catch (IOException | JsonSchemaException e) {
            return SchemaOutcome.Unavailable.now(url, e.getMessage());
        }
    }
}
