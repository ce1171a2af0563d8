package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.CompactFields;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.util.List;

/**
 * Merges the releases of one contracting process into its compiled release or its versioned release, following
 * the OCDS merge rules (https://standard.open-contracting.org/1.1/en/schema/merging/) as a release schema states
 * them (1.1 {@code omitWhenMerged}/{@code wholeListMerge}, 1.0 {@code mergeStrategy}), with the results of the
 * reference implementation, ocds-merge. Releases are taken in date order; undated releases, repeated ids and fields
 * whose type changes are warnings, never failures. The rules are derived once per schema; instances are immutable
 * and thread-safe.
 */
public final class ReleaseMerger {

    private final RuleNode rules;

    private ReleaseMerger(RuleNode rules) {
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

    /** A merger with the rules of a release schema already loaded, for instance one patched by extensions. */
    public static ReleaseMerger forSchema(JsonNode releaseSchema) {
        return new ReleaseMerger(MergeRules.from(releaseSchema).root());
    }

    /**
     * The compiled release of {@code releases} (all of one ocid), without its warnings.
     *
     * @throws IllegalArgumentException when there are no releases
     */
    public ObjectNode compile(List<Release> releases) {
        return compiled(releases).release();
    }

    /**
     * The compiled release: {@code tag} ["compiled"], {@code id} = {@code {ocid}-{date}} and {@code date} of the
     * latest release, then the merged fields.
     *
     * @throws IllegalArgumentException when there are no releases
     */
    public MergeResult compiled(List<Release> releases) {
        requireSome(releases);
        Warnings warnings = new Warnings();
        List<ObjectNode> ordered = ReleaseOrder.sort(releases, warnings);
        ObjectNode compiled = CompactFields.objectNode();
        compiled.putArray("tag").add("compiled");
        compiled.putNull("id");
        compiled.putNull("date");
        CompiledBuilder builder = new CompiledBuilder(compiled, warnings);
        ordered.forEach(release -> builder.add(release, rules));
        return new MergeResult(identify(compiled, ordered.getLast()), warnings.list());
    }

    /**
     * The versioned release: {@code ocid}, then every field as the history of its values.
     *
     * @throws IllegalArgumentException when there are no releases
     */
    public MergeResult versioned(List<Release> releases) {
        requireSome(releases);
        Warnings warnings = new Warnings();
        List<ObjectNode> ordered = ReleaseOrder.sort(releases, warnings);
        VersionedBuilder builder = new VersionedBuilder(warnings);
        ordered.forEach(release -> builder.add(release, rules));
        return new MergeResult(builder.merged(), warnings.list());
    }

    private static void requireSome(List<Release> releases) {
        if (releases.isEmpty()) {
            throw new IllegalArgumentException("No releases to merge");
        }
    }

    /** Sets the compiled release's {@code id} ({@code {ocid}-{date}}) and {@code date} (the latest release's). */
    private static ObjectNode identify(ObjectNode compiled, ObjectNode latest) {
        JsonNode ocid = compiled.get("ocid");
        String date = ReleaseOrder.date(latest);
        String ocidText = ocid == null ? "" : ocid.asText();
        compiled.put("id", date == null ? ocidText : ocidText + "-" + date);
        if (date == null) {
            compiled.remove("date");
        } else {
            compiled.put("date", date);
        }
        return compiled;
    }
}
