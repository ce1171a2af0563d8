package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.ingest.ReleaseCompiler;
import org.ocdsnacional.ocds.merge.MergerProfiles;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles each process by the merge rules of the version and extensions its package declares (1.0 or 1.1, with
 * the extensions' wholeListMerge and omitWhenMerged). When a schema cannot be read (no network, no mirror) the
 * generic rules are used, and the schema is tried again after a while rather than on every process.
 */
final class ProfileCompiler implements ReleaseCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(ProfileCompiler.class);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(10);

    private final MergerProfiles profiles;
    private final ReleaseMerger generic;
    private final Clock clock;
    private final Map<PackageMetadata, Instant> unreadable = new ConcurrentHashMap<>();

    ProfileCompiler(MergerProfiles profiles, ReleaseMerger generic, Clock clock) {
        this.profiles = profiles;
        this.generic = generic;
        this.clock = clock;
    }

    @Override
    public ObjectNode compile(List<Release> releases, PackageMetadata packageInfo) {
        Instant failed = unreadable.get(packageInfo);
        if (failed != null && failed.plus(RETRY_AFTER).isAfter(clock.instant())) {
            return generic.compile(releases);
        }
        try {
            return profiles.forPackage(packageInfo).compile(releases);
        } catch (IOException e) {
            LOG.warn("No se pudo leer el esquema de la versión {} / The release schema of version {} could not be "
                    + "read ({}); processes of such packages are compiled with the generic rules for {}",
                    OcdsVersion.declaredBy(packageInfo).label(), OcdsVersion.declaredBy(packageInfo).label(),
                    e.getMessage(),
                    RETRY_AFTER);
            unreadable.put(packageInfo, clock.instant());
            return generic.compile(releases);
        }
    }
}
