package org.ocdsnacional.ocds.profile;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.schema.SchemaNotFoundException;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Retrieves an extension's metadata, release schema patch and codelists through a {@link SchemaSource}. */
final class ExtensionLoader {

    private static final String PATCH = "release-schema.json";

    private final SchemaSource source;
    private final ObjectMapper mapper;

    ExtensionLoader(SchemaSource source, ObjectMapper mapper) {
        this.source = source;
        this.mapper = mapper;
    }

    /** The extension, or the fatal problem that makes it unusable. */
    Loaded load(String declared) {
        ExtensionUrl.Result parsed = ExtensionUrl.parse(declared);
        if (parsed.problem().isPresent()) {
            return Loaded.failure(parsed.problem().get());
        }
        ExtensionUrl url = parsed.url().orElseThrow();
        try {
            ObjectNode metadata = metadata(url);
            List<ExtensionProblem> problems = new ArrayList<>();
            Optional<ObjectNode> patch = patch(url, metadata);
            Map<String, String> codelists = new LinkedHashMap<>();
            Map<String, String> codelistUrls = new LinkedHashMap<>();
            for (JsonNode name : metadata.path("codelists")) {
                URI file = url.file("codelists/" + name.asText());
                codelistUrls.put(name.asText(), file.toString());
                readCodelist(file, name.asText(), problems).ifPresent(text -> codelists.put(name.asText(), text));
            }
            return Loaded.success(new Extension(declared, name(metadata), patch, codelists, codelistUrls, problems));
        } catch (ProblemException e) {
            return Loaded.failure(e.problem);
        }
    }

    private ObjectNode metadata(ExtensionUrl url) throws ProblemException {
        String text;
        try {
            text = source.read(url.metadata());
        } catch (SchemaNotFoundException e) {
            throw new ProblemException(ExtensionProblem.Kind.NOT_FOUND, "404: not found");
        } catch (IOException e) {
            throw new ProblemException(ExtensionProblem.Kind.UNREACHABLE, "fetching failed: " + e.getMessage());
        }
        return object(text).orElseThrow(() -> new ProblemException(ExtensionProblem.Kind.INVALID_METADATA,
                "extension metadata is not valid JSON"));
    }

    private Optional<ObjectNode> patch(ExtensionUrl url, ObjectNode metadata) throws ProblemException {
        if (!declaresPatch(metadata.path("schemas"))) {
            return Optional.empty();
        }
        String text;
        try {
            text = source.read(url.file(PATCH));
        } catch (SchemaNotFoundException | NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ProblemException(ExtensionProblem.Kind.PATCH_UNREADABLE, "fetching failed: " + e.getMessage());
        }
        ObjectNode patch = object(text).orElseThrow(() -> new ProblemException(ExtensionProblem.Kind.INVALID_PATCH,
                "release schema patch is not valid JSON"));
        return patch.isEmpty() ? Optional.empty() : Optional.of(patch);
    }

    /** Whether the metadata lists the release schema patch; metadata that lists no schemas may still have one. */
    private static boolean declaresPatch(JsonNode schemas) {
        if (!schemas.isArray()) {
            return true;
        }
        for (JsonNode schema : schemas) {
            if (PATCH.equals(schema.asText())) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> readCodelist(URI file, String name, List<ExtensionProblem> problems) {
        try {
            return Optional.of(source.read(file));
        } catch (IOException e) {
            problems.add(new ExtensionProblem(ExtensionProblem.Kind.CODELIST_UNREADABLE, name + ": " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<ObjectNode> object(String text) {
        try {
            JsonNode node = mapper.readTree(text);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static String name(ObjectNode metadata) {
        JsonNode name = metadata.path("name");
        if (name.isTextual()) {
            return name.asText();
        }
        return name.path("es").asText(name.path("en").asText(""));
    }

    /**
     * An extension, or why it could not be had.
     *
     * @param extension the retrieved extension
     * @param failure   the fatal problem
     */
    record Loaded(Optional<Extension> extension, Optional<ExtensionProblem> failure) {

        static Loaded success(Extension extension) {
            return new Loaded(Optional.of(extension), Optional.empty());
        }

        static Loaded failure(ExtensionProblem problem) {
            return new Loaded(Optional.empty(), Optional.of(problem));
        }
    }

    /** Carries a fatal problem out of the retrieval steps. */
    private static final class ProblemException extends Exception {
        private final ExtensionProblem problem;

        ProblemException(ExtensionProblem.Kind kind, String detail) {
            super(detail, null, false, false);
            this.problem = new ExtensionProblem(kind, detail);
        }
    }
}
