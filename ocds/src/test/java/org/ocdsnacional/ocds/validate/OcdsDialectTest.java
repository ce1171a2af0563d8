package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

class OcdsDialectTest {

    /** A keyword the dialect does not know would be logged as a warning; here it fails the compilation instead. */
    @ParameterizedTest
    @EnumSource(OcdsVersion.class)
    void declaresEveryKeywordOfTheReleaseSchemas(OcdsVersion version) throws IOException {
        JsonMetaSchema strict = JsonMetaSchema.builder(OcdsDialect.metaSchema())
                .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4))
                .metaSchema(strict)
                .build();
        String url = version.releaseSchemaUrl().toString();
        var json = new ObjectMapper().readTree(SharedFixtures.mirror().read(version.releaseSchemaUrl()));

        JsonSchema schema = factory.getSchema(SchemaLocation.of(url), json);

        assertDoesNotThrow(schema::initializeValidators);
    }
}
