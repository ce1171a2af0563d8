package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * Compiles the releases of one contracting process into its compiled release, following the OCDS merge
 * rules (https://standard.open-contracting.org/1.1/en/schema/merging/) as the release schema states them:
 * releases in date order (stable; undated first), {@code omitWhenMerged} fields dropped, {@code wholeListMerge}
 * arrays and arrays of non-objects replaced whole, other arrays of objects merged by {@code id}, {@code null}
 * removing a field. The rules are derived once per schema; instances are immutable and thread-safe.
 */
public final class ReleaseMerger {

    private static final String COMPILED = "compiled";
    private static final Comparator<Release> BY_DATE = Comparator.comparing(r -> r.date().orElse(""));

    private final MergeRules rules;

    private ReleaseMerger(MergeRules rules) {
        this.rules = rules;
    }

    /** A merger with the rules of the OCDS 1.1 release schema (1.1.5), read from {@code source}. */
    public static ReleaseMerger create(SchemaSource source, ObjectMapper mapper) throws IOException {
        return create(source, mapper, OcdsVersion.V1_1);
    }

    /** A merger with the rules of the release schema of {@code version}, read from {@code source}. */
    public static ReleaseMerger create(SchemaSource source, ObjectMapper mapper, OcdsVersion version)
            throws IOException {
        return forSchema(mapper.readTree(source.read(version.releaseSchemaUrl())));
    }

    /** A merger with the rules of a release schema already loaded (for instance, one patched by extensions). */
    public static ReleaseMerger forSchema(JsonNode releaseSchema) {
        return new ReleaseMerger(MergeRules.from(releaseSchema));
    }

    /**
     * The compiled release of {@code releases} (all of one ocid): {@code tag} ["compiled"], {@code date} of the
     * latest release and {@code id} = {@code {ocid}-{date}}, then the merged fields.
     *
     * @throws IllegalArgumentException when there are no releases
     */
    public ObjectNode compile(List<Release> releases) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("No releases to compile");
        }
        List<Release> ordered = releases.stream().sorted(BY_DATE).toList();
        CompiledReleaseBuilder builder = new CompiledReleaseBuilder(rules, JsonNodeFactory.instance.objectNode());
        ordered.forEach(release -> builder.add(release.json()));
        return envelope(builder.merged(), ordered.getLast());
    }

    private static ObjectNode envelope(ObjectNode merged, Release latest) {
        ObjectNode compiled = merged.objectNode();
        compiled.putArray("tag").add(COMPILED);
        String ocid = merged.path("ocid").isTextual() ? merged.get("ocid").asText() : latest.ocid();
        String date = latest.date().orElse("");
        compiled.put("id", date.isEmpty() ? ocid : ocid + "-" + date);
        latest.date().ifPresent(d -> compiled.put("date", d));
        merged.remove(List.of("tag", "id", "date"));
        compiled.setAll(merged);
        return compiled;
    }
}
