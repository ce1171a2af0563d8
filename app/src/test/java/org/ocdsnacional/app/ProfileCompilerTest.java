package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.merge.MergerProfiles;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProfileCompilerTest {

    private static final ObjectMapper MAPPER = Json.mapper();

    @Test
    void eachProcessMergesByTheRulesOfTheVersionItsPackageDeclares() throws Exception {
        SchemaSource mirror = MirrorSchemaSource.of(SharedFixtures.root().resolve("ocds-mirror"));
        ProfileCompiler compiler = new ProfileCompiler(MergerProfiles.create(mirror, MAPPER),
                ReleaseMerger.forSchema(MAPPER.createObjectNode()), Clock.systemUTC());
        List<Release> releases = List.of(award("2020-01-01T00:00:00Z", "A"), award("2020-02-01T00:00:00Z", "B"));
        assertEquals(List.of("A", "B"), supplierIds(compiler.compile(releases, version("1.1"))),
                "1.1 merges suppliers by id");
        assertEquals(List.of("B"), supplierIds(compiler.compile(releases, version("1.0"))),
                "1.0 replaces the suppliers list whole");
    }

    @Test
    void anUnreadableSchemaFallsBackToTheGenericRulesAndIsNotAskedForAgainAtOnce() {
        AtomicInteger reads = new AtomicInteger();
        SchemaSource offline = url -> {
            reads.incrementAndGet();
            throw new IOException("no network: " + url);
        };
        ProfileCompiler compiler = new ProfileCompiler(MergerProfiles.create(offline, MAPPER),
                ReleaseMerger.forSchema(MAPPER.createObjectNode()), Clock.systemUTC());
        List<Release> releases = List.of(award("2020-01-01T00:00:00Z", "A"), award("2020-02-01T00:00:00Z", "B"));
        for (int i = 0; i < 5; i++) {
            assertEquals(List.of("A", "B"), supplierIds(compiler.compile(releases, version("1.1"))));
        }
        assertEquals(1, reads.get(), "the schema is tried once, then again only after a while");
    }

    private static PackageMetadata version(String version) {
        return new PackageMetadata(Optional.of(version), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static Release award(String date, String supplier) {
        ObjectNode json = MAPPER.createObjectNode().put("ocid", "ocds-test01-1").put("id", date).put("date", date);
        json.putArray("tag").add("award");
        ObjectNode award = json.putArray("awards").addObject().put("id", "1");
        award.putArray("suppliers").addObject().put("id", supplier).put("name", supplier);
        return new Release(json);
    }

    private static List<String> supplierIds(JsonNode compiled) {
        return compiled.at("/awards/0/suppliers").findValuesAsText("id");
    }
}
