package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.schema.SchemaSource;
import org.ocdsnacional.ocds.validate.PackageValidator;
import org.ocdsnacional.ocds.validate.ReportLimits;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;
import org.ocdsnacional.ocds.validate.ValidationOptions;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What every section needs: the peer's folder and fixtures, the schema sources, validators. */
final class PeerContext {

    private static final ReportLimits EVERYTHING = new ReportLimits(1_000_000, 100_000);

    private final ObjectMapper mapper;
    private final Path peer;
    private final SchemaSource mirror;
    private final SchemaSource source;
    private final Map<Optional<String>, SchemaReleaseValidator> validators = new HashMap<>();

    PeerContext(ObjectMapper mapper, Path peer, SchemaSource mirror) {
        this.mapper = mapper;
        this.peer = peer;
        this.mirror = mirror;
        this.source = new PeerFixtureSource(fixtures(), mirror);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    Path fixtures() {
        return peer.resolve("fixtures");
    }

    /** The offline mirror alone. */
    SchemaSource mirror() {
        return mirror;
    }

    /** The mirror, and the peer's fixtures at their GitHub URLs. */
    SchemaSource source() {
        return source;
    }

    /** A fixture named as expected.json names it ({@code fixtures/…}), if the snapshot has it. */
    Optional<JsonNode> fixture(String name) throws IOException {
        Optional<Path> file = fixtureFile(name);
        return file.isEmpty() ? Optional.empty() : Optional.of(mapper.readTree(file.get().toFile()));
    }

    Optional<Path> fixtureFile(String name) {
        Path direct = peer.resolve(name).normalize();
        if (Files.isRegularFile(direct)) {
            return Optional.of(direct);
        }
        Path flattened = peer.resolve(name.replaceAll("/\\./tests/fixtures/[^/]+", "")).normalize();
        return Files.isRegularFile(flattened) ? Optional.of(flattened) : Optional.empty();
    }

    SchemaReleaseValidator validator(Optional<String> schemaVersion) {
        return validators.computeIfAbsent(schemaVersion, version -> SchemaReleaseValidator.create(source, mapper,
                new ValidationOptions(version, 100_000)));
    }

    /** A whole package through a validator of {@code source}, keeping every issue. */
    ValidationReport validate(JsonNode data, Optional<String> schemaVersion) {
        return PackageValidator.create(validator(schemaVersion), EVERYTHING).validate(data);
    }

    static ValidationReport validate(SchemaReleaseValidator validator, JsonNode data) {
        return PackageValidator.create(validator, EVERYTHING).validate(data);
    }
}
