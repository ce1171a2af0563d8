package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SchemaSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The merger for what a package declares: its OCDS version, decided as for validation ({@link
 * OcdsVersion#declaredBy}: 1.0 when undeclared, the 1.0 rules merging suppliers and tenderers whole) and its
 * extensions, each combination built once and shared. Thread-safe.
 */
public final class MergerProfiles {

    private static final Logger LOG = LoggerFactory.getLogger(MergerProfiles.class);

    private final SchemaSource source;
    private final ObjectMapper mapper;
    private final Map<Profile, ReleaseMerger> mergers = new ConcurrentHashMap<>();

    private MergerProfiles(SchemaSource source, ObjectMapper mapper) {
        this.source = source;
        this.mapper = mapper;
    }

    public static MergerProfiles create(SchemaSource source, ObjectMapper mapper) {
        return new MergerProfiles(source, mapper);
    }

    /**
     * The merger for releases of a package with {@code metadata}. Extensions that cannot be read are left out (and
     * logged): their fields then merge by the generic rules.
     *
     * @throws IOException when the release schema of the version cannot be read
     */
    public ReleaseMerger forPackage(PackageMetadata metadata) throws IOException {
        Profile profile = new Profile(OcdsVersion.declaredBy(metadata), metadata.extensions());
        ReleaseMerger merger = mergers.get(profile);
        if (merger == null) {
            merger = build(profile);
            mergers.putIfAbsent(profile, merger);
        }
        return merger;
    }

    private ReleaseMerger build(Profile profile) throws IOException {
        ExtendedSchema schema = ExtendedSchema.load(source, mapper, profile.version().releaseSchemaUrl(),
                profile.extensions());
        schema.unreadable().forEach(reason -> LOG.warn("Extensión no disponible; sus campos se fusionan con las "
                + "reglas genéricas / Extension unavailable, its fields merge by the generic rules: {}", reason));
        return ReleaseMerger.forSchema(schema.schema());
    }

    /** A version and the extensions declared, in order. */
    private record Profile(OcdsVersion version, List<String> extensions) {
    }
}
