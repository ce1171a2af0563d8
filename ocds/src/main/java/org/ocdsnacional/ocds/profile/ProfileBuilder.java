package org.ocdsnacional.ocds.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds {@link SchemaProfile}s: reads the core schemas of the version, retrieves each declared extension,
 * merges the patches in declaration order, drops the extensions whose patch refers to definitions that exist
 * nowhere, and assembles the codelists. Extensions that cannot be used are reported in the profile, never
 * thrown.
 */
public final class ProfileBuilder {

    private final SchemaSource source;
    private final ObjectMapper mapper;
    private final ExtensionLoader loader;

    private ProfileBuilder(SchemaSource source, ObjectMapper mapper) {
        this.source = source;
        this.mapper = mapper;
        this.loader = new ExtensionLoader(source, mapper);
    }

    /** A builder reading through {@code source} (mirror or cached HTTP). */
    public static ProfileBuilder create(SchemaSource source, ObjectMapper mapper) {
        return new ProfileBuilder(source, mapper);
    }

    /**
     * The profile of {@code key}.
     *
     * @throws IOException when a core schema of the version cannot be read or parsed
     */
    public SchemaProfile build(ProfileKey key) throws IOException {
        OcdsVersion version = key.version();
        ObjectNode core = readObject(version.releaseSchemaUrl());
        ObjectNode releasePackage = readObject(version.schemaUrl("release-package-schema.json"));
        ObjectNode recordPackage = readObject(version.schemaUrl("record-package-schema.json"));
        Map<String, ExtensionOutcome> outcomes = new LinkedHashMap<>();
        Map<String, List<ExtensionProblem>> problems = new LinkedHashMap<>();
        List<Extension> usable = retrieve(key.extensions(), outcomes, problems);
        ObjectNode merged = merge(core, usable);
        List<Extension> sound = withoutBrokenRefs(usable, merged, outcomes);
        if (sound.size() < usable.size()) {
            merged = merge(core, sound);
        }
        for (Extension extension : sound) {
            problems.get(extension.url()).addAll(unusedDefinitions(extension, core, merged));
        }
        Codelists codelists = CodelistAssembly.assemble(version, codelistNames(merged), sound, source, problems);
        for (Extension extension : sound) {
            outcomes.put(extension.url(), new ExtensionOutcome(extension.url(), extension.name(), true,
                    extension.patch().isPresent(), problems.get(extension.url())));
        }
        return new SchemaProfile(key, version.releaseSchemaUrl(), merged, releasePackage, recordPackage, codelists,
                List.copyOf(outcomes.values()), SchemaFields.of(merged));
    }

    private List<Extension> retrieve(List<String> urls, Map<String, ExtensionOutcome> outcomes,
                                     Map<String, List<ExtensionProblem>> problems) {
        List<Extension> usable = new ArrayList<>();
        for (String url : new LinkedHashSet<>(urls)) {
            ExtensionLoader.Loaded loaded = loader.load(url);
            loaded.failure().ifPresent(failure -> outcomes.put(url, ExtensionOutcome.failed(url, failure)));
            loaded.extension().ifPresent(extension -> {
                outcomes.put(url, null);
                problems.put(url, new ArrayList<>(extension.problems()));
                usable.add(extension);
            });
        }
        return usable;
    }

    private static ObjectNode merge(ObjectNode core, List<Extension> extensions) {
        JsonNode merged = core;
        for (Extension extension : extensions) {
            if (extension.patch().isPresent()) {
                merged = MergePatch.apply(merged, extension.patch().get());
            }
        }
        return (ObjectNode) merged;
    }

    /** The extensions whose patch has no {@code $ref} leading nowhere; the others are recorded as failed. */
    private static List<Extension> withoutBrokenRefs(List<Extension> extensions, ObjectNode merged,
                                                     Map<String, ExtensionOutcome> outcomes) {
        List<Extension> sound = new ArrayList<>();
        for (Extension extension : extensions) {
            Set<String> dangling = extension.patch().map(patch -> LocalRefs.dangling(patch, merged)).orElse(Set.of());
            if (dangling.isEmpty()) {
                sound.add(extension);
            } else {
                outcomes.put(extension.url(), new ExtensionOutcome(extension.url(), extension.name(), false, true,
                        List.of(new ExtensionProblem(ExtensionProblem.Kind.BROKEN_REF,
                                "PointerToNowhere: " + String.join(", ", dangling)))));
            }
        }
        return sound;
    }

    /** Definitions the extension adds that nothing refers to, such as a misspelt or misplaced definition name. */
    private static List<ExtensionProblem> unusedDefinitions(Extension extension, ObjectNode core, ObjectNode merged) {
        if (extension.patch().isEmpty()) {
            return List.of();
        }
        Set<String> refs = LocalRefs.all(merged);
        List<ExtensionProblem> unused = new ArrayList<>();
        extension.patch().get().path("definitions").fieldNames().forEachRemaining(name -> {
            if (!core.path("definitions").has(name) && !refs.contains("#/definitions/" + name)) {
                unused.add(new ExtensionProblem(ExtensionProblem.Kind.UNUSED_DEFINITION, name));
            }
        });
        return unused;
    }

    private static Set<String> codelistNames(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        schema.findValues("codelist").forEach(name -> {
            if (name.isTextual()) {
                names.add(name.asText());
            }
        });
        return names;
    }

    private ObjectNode readObject(URI url) throws IOException {
        String text = source.read(url);
        try {
            JsonNode json = mapper.readTree(text);
            if (json instanceof ObjectNode object) {
                return object;
            }
        } catch (JacksonException e) {
            throw new IOException("The schema " + url + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        throw new IOException("The schema " + url + " is not a JSON object");
    }
}
