package org.ocdsnacional.ocds.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.merge.MergerProfiles;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.DetectedFormat;
import org.ocdsnacional.ocds.read.FormatDetector;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.UnknownFormatException;
import org.ocdsnacional.ocds.schema.ShippedSchemaSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs every peer case found in the shared folder and says which pass, which fail and which could not be run. */
public final class Conformance {

    public static final String MERGE = "ocds-merge";
    public static final String COMPILE = "ocdskit compile";
    public static final String DETECT = "ocdskit detect-format";

    private final ObjectMapper mapper;
    private final Map<MergeSchema, ReleaseMerger> mergers = new HashMap<>();
    private final Compilation compilation;

    private Conformance(ObjectMapper mapper) {
        this.mapper = mapper;
        this.compilation = new Compilation(mapper, MergerProfiles.create(ShippedSchemaSource.create(), mapper));
    }

    public static Conformance create(ObjectMapper mapper) {
        return new Conformance(mapper);
    }

    /** The results of every case under {@code shared}, merge cases first. */
    public List<CaseResult> run(Path shared) throws IOException {
        List<CaseResult> results = new ArrayList<>();
        for (MergeCase mergeCase : MergeCases.in(shared)) {
            results.add(run(mergeCase));
        }
        for (CompileCase compileCase : CompileCases.in(shared, mapper)) {
            results.add(run(compileCase));
        }
        for (DetectCase detectCase : DetectCases.in(shared, mapper)) {
            results.add(run(detectCase));
        }
        return results;
    }

    /** Compiles the case's packages as the application does and compares with what ocdskit printed. */
    public CaseResult run(CompileCase compileCase) {
        if (compileCase.notRunnable().isPresent()) {
            return CaseResult.notRun(COMPILE, compileCase.name(), compileCase.notRunnable().get());
        }
        try {
            JsonNode expected = compilation.expected(compileCase);
            JsonNode actual = compilation.ours(compileCase);
            return expected.equals(actual) ? CaseResult.pass(COMPILE, compileCase.name())
                    : CaseResult.fail(COMPILE, compileCase.name(), "expected " + expected + " got " + actual);
        } catch (IOException | ReadException | RuntimeException e) {
            return CaseResult.fail(COMPILE, compileCase.name(), e.toString());
        }
    }

    /** Merges the case's releases and compares with the expected merged release. */
    public CaseResult run(MergeCase mergeCase) {
        if (mergeCase.notRunnable().isPresent()) {
            return CaseResult.notRun(MERGE, mergeCase.label(), mergeCase.notRunnable().get());
        }
        try {
            JsonNode actual = merge(mergeCase);
            JsonNode expected = mapper.readTree(mergeCase.expected().toFile());
            return expected.equals(actual) ? CaseResult.pass(MERGE, mergeCase.label())
                    : CaseResult.fail(MERGE, mergeCase.label(), "expected " + expected + " got " + actual);
        } catch (IOException | RuntimeException e) {
            return CaseResult.fail(MERGE, mergeCase.label(), e.toString());
        }
    }

    /** The merged release of the case's releases, by the case's schema. */
    public JsonNode merge(MergeCase mergeCase) throws IOException {
        ReleaseMerger merger = merger(mergeCase.schema());
        List<Release> releases = new ArrayList<>();
        for (JsonNode release : mapper.readTree(mergeCase.releases().toFile())) {
            releases.add(new Release((ObjectNode) release));
        }
        return mergeCase.kind() == MergeCase.Kind.COMPILED ? merger.compiled(releases).release()
                : merger.versioned(releases).release();
    }

    /** Detects the fixture's format and compares with what ocdskit prints. */
    public CaseResult run(DetectCase detectCase) {
        String actual = detect(detectCase);
        String wanted = detectCase.unknownReason().map(reason -> "unknown (" + reason + ")")
                .orElse(detectCase.expected());
        return wanted.equals(actual) ? CaseResult.pass(DETECT, detectCase.label())
                : CaseResult.fail(DETECT, detectCase.label(), "expected \"" + wanted + "\" got \"" + actual + "\"");
    }

    /** What we say the fixture is, in ocdskit's words: {@code release package}, {@code unknown (...)}. */
    public String detect(DetectCase detectCase) {
        try {
            DetectedFormat format = FormatDetector.create(mapper.getFactory()).detect(detectCase.file(),
                    detectCase.rootPath());
            return format.describe();
        } catch (UnknownFormatException e) {
            return "unknown (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "error (" + e.getMessage() + ")";
        }
    }

    private ReleaseMerger merger(MergeSchema schema) throws IOException {
        ReleaseMerger merger = mergers.get(schema);
        if (merger == null) {
            merger = switch (schema) {
                case MergeSchema.File file -> ReleaseMerger.forSchema(mapper.readTree(file.file().toFile()));
                case MergeSchema.Shipped shipped -> ReleaseMerger.create(ShippedSchemaSource.create(), mapper,
                        shipped.version());
                case MergeSchema.Missing missing -> throw new IOException(missing.reason());
            };
            mergers.put(schema, merger);
        }
        return merger;
    }
}
