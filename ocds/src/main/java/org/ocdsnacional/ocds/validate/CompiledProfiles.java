package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaException;
import org.ocdsnacional.ocds.profile.ProfileBuilder;
import org.ocdsnacional.ocds.profile.ProfileKey;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Profiles compiled once per (version, extension set) and shared by all threads. A profile whose core schema
 * could not be had is remembered as unavailable for a minute, so a missing schema costs one attempt per minute,
 * not one per release. Holds at most {@value #MAX_PROFILES} profiles (publishers declare few extension sets); past
 * that, it starts over.
 */
final class CompiledProfiles {

    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final int MAX_PROFILES = 256;

    private final SchemaSource source;
    private final ObjectMapper mapper;
    private final ProfileBuilder builder;
    private final Map<ProfileKey, Outcome> outcomes = new ConcurrentHashMap<>();

    private CompiledProfiles(SchemaSource source, ObjectMapper mapper) {
        this.source = source;
        this.mapper = mapper;
        this.builder = ProfileBuilder.create(source, mapper);
    }

    static CompiledProfiles create(SchemaSource source, ObjectMapper mapper) {
        return new CompiledProfiles(source, mapper);
    }

    /** The compiled profile of {@code key}, or why it cannot be had. */
    Outcome get(ProfileKey key) {
        if (outcomes.size() > MAX_PROFILES) {
            outcomes.clear();
        }
        Outcome outcome = outcomes.computeIfAbsent(key, this::load);
        if (outcome.profile().isEmpty() && outcome.retryDue()) {
            return outcomes.compute(key, (k, current) -> current == outcome ? load(k) : current);
        }
        return outcome;
    }

    private Outcome load(ProfileKey key) {
        try {
            return Outcome.ready(CompiledProfile.compile(builder.build(key), source, mapper));
        } catch (IOException | JsonSchemaException e) {
            return Outcome.unavailable(key.version().releaseSchemaUrl().toString(), e.getMessage());
        }
    }

    /**
     * A compiled profile, or the reason it could not be had and when that was found.
     *
     * @param profile       the compiled profile
     * @param schemaUrl     the core release schema's URL
     * @param reason        why it is unavailable
     * @param failedAtNanos when it was found unavailable
     */
    record Outcome(Optional<CompiledProfile> profile, String schemaUrl, String reason, long failedAtNanos) {

        static Outcome ready(CompiledProfile profile) {
            return new Outcome(Optional.of(profile), profile.profile().releaseSchemaUrl().toString(), "", 0);
        }

        static Outcome unavailable(String schemaUrl, String reason) {
            return new Outcome(Optional.empty(), schemaUrl, reason, System.nanoTime());
        }

        boolean retryDue() {
            return System.nanoTime() - failedAtNanos > RETRY_AFTER.toNanos();
        }
    }
}
