package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.serialization.DefaultJsonNodeReader;
import org.ocdsnacional.ocds.profile.SchemaFields;
import org.ocdsnacional.ocds.profile.SchemaProfile;
import org.ocdsnacional.ocds.profile.Shape;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.net.URI;
import java.util.Locale;

/**
 * A {@link SchemaProfile} compiled for validation, ready for concurrent use:
 * <ul>
 *   <li>the extended release schema, without the {@code enum} of closed-codelist fields (a value outside a
 *       closed codelist is reported once, by the codelist check, as lib-cove-ocds does);</li>
 *   <li>the package schemas without their {@code releases}/{@code records} items (each release and record is
 *       checked on its own, so that a package of any size streams);</li>
 *   <li>a record without its {@code releases} and {@code compiledRelease}, and a linked release, for records.</li>
 * </ul>
 *
 * @param profile             the profile
 * @param release             a release
 * @param releasePackageShell a release package whose releases are not looked into
 * @param recordPackageShell  a record package whose records are not looked into
 * @param recordShell         a record, without its releases and compiled release
 * @param linkedRelease       one linked release of a record
 * @param releasePackageShape the fields of a release package
 * @param recordPackageShape  the fields of a record package
 * @param recordShape         the fields of a record
 * @param linkedReleaseShape  the fields of a linked release
 */
record CompiledProfile(SchemaProfile profile, JsonSchema release, JsonSchema releasePackageShell,
                       JsonSchema recordPackageShell, JsonSchema recordShell, JsonSchema linkedRelease,
                       Shape releasePackageShape, Shape recordPackageShape, Shape recordShape,
                       Shape linkedReleaseShape) {

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();

    /** Compiles every schema of {@code profile}; a broken schema throws the library's exception. */
    static CompiledProfile compile(SchemaProfile profile, SchemaSource source, ObjectMapper mapper) {
        URI releaseUrl = profile.releaseSchemaUrl();
        ObjectNode release = CodelistEnums.removed(profile.releaseSchema());
        JsonSchemaFactory factory = factory(source, mapper, releaseUrl, release.toString());
        ObjectNode recordPackage = profile.recordPackageSchema();
        ObjectNode record = Shells.record(recordPackage);
        ObjectNode linked = Shells.linkedRelease(recordPackage);
        return new CompiledProfile(profile,
                compile(factory, releaseUrl.toString(), release),
                compile(factory, location(profile.releasePackageSchema()), Shells.releasePackage(profile.releasePackageSchema())),
                compile(factory, location(recordPackage), Shells.recordPackage(recordPackage)),
                compile(factory, beside(recordPackage, "record.json"), record),
                compile(factory, beside(recordPackage, "linked-release.json"), linked),
                SchemaFields.of(profile.releasePackageSchema()), SchemaFields.of(recordPackage),
                SchemaFields.of(record), SchemaFields.of(linked));
    }

    private static JsonSchemaFactory factory(SchemaSource source, ObjectMapper mapper, URI releaseUrl,
                                             String releaseText) {
        return JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .jsonNodeReader(DefaultJsonNodeReader.builder().jsonMapper(mapper).build())
                .metaSchema(OcdsDialect.metaSchema())
                .defaultMetaSchemaIri(OcdsDialect.DRAFT_04)
                .schemaLoaders(loaders -> loaders
                        .add(new ProfileSchemaLoader(releaseUrl, releaseText))
                        .add(new SourceSchemaLoader(source)))
                .build();
    }

    private static JsonSchema compile(JsonSchemaFactory factory, String location, JsonNode schema) {
        JsonSchema compiled = factory.getSchema(SchemaLocation.of(location), schema, CONFIG);
        compiled.initializeValidators();
        return compiled;
    }

    private static String location(ObjectNode schema) {
        return schema.path("id").asText();
    }

    /** A location for a part of {@code schema} taken out on its own: a name beside the schema's own URL. */
    private static String beside(ObjectNode schema, String name) {
        String url = location(schema);
        return url.substring(0, url.lastIndexOf('/') + 1) + name;
    }
}
