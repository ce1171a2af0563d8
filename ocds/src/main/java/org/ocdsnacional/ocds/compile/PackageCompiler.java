package org.ocdsnacional.ocds.compile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.merge.MergeResult;
import org.ocdsnacional.ocds.merge.MergeWarning;
import org.ocdsnacional.ocds.merge.MergerProfiles;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.LinkedRelease;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.read.ReleaseVisitor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles release packages into a record package, as {@code ocdskit compile --package} does: every release of the
 * inputs (any shape {@link OcdsReader} reads), grouped by ocid, each process compiled by the merge rules of the
 * version and extensions of the package its first release came in ({@link MergerProfiles}), records in ocid order,
 * each with its releases as read and its compiled release (and versioned release when asked). Streamed: releases are
 * grouped by an external sort ({@link OcidSort}) and records written as they are compiled, so memory does not grow
 * with the input. Releases without an ocid are left out and counted.
 */
public final class PackageCompiler {

    private static final int LISTED = 20;

    private final OcdsReader reader;
    private final MergerProfiles profiles;
    private final ObjectMapper mapper;

    private PackageCompiler(OcdsReader reader, MergerProfiles profiles, ObjectMapper mapper) {
        this.reader = reader;
        this.profiles = profiles;
        this.mapper = mapper;
    }

    /** @param mapper how releases are read and written (use {@code Json.mapper()}: amounts stay exact) */
    public static PackageCompiler create(MergerProfiles profiles, ObjectMapper mapper) {
        return new PackageCompiler(OcdsReader.create(mapper), profiles, mapper);
    }

    /** A file to read, and how messages name it (its path, or the URL it was downloaded from). */
    public record Input(Path file, String origin) {
    }

    /**
     * Reads {@code inputs} in order and writes their record package to {@code out} (not closed).
     *
     * @throws ReadException when an input's JSON is malformed or truncated; nothing is written then
     * @throws IOException   when an input cannot be opened, a release schema cannot be read, or writing fails
     */
    public CompileSummary compile(List<Input> inputs, CompileOptions options, OutputStream out)
            throws IOException, ReadException {
        Grouping grouping = new Grouping(options);
        try (OcidSort sort = grouping.sort) {
            for (Input input : inputs) {
                read(input, grouping);
            }
            grouping.runs.finish();
            RecordPackageWriter writer = new RecordPackageWriter(out, mapper);
            writer.start(head(grouping.packages, options));
            Compiling compiling = new Compiling(grouping.packages, options.versioned(), writer);
            sort.forEachGroup(compiling::record);
            writer.end();
            return new CompileSummary(grouping.sequence, compiling.records, grouping.withoutOcid,
                    grouping.linkedReleases, grouping.problems, grouping.problemCount, compiling.warnings,
                    compiling.warningCount, sort.spilled());
        }
    }

    private void read(Input input, Grouping grouping) throws IOException, ReadException {
        try {
            reader.read(input.file(), input.origin(), Long.MAX_VALUE, grouping);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The record package's own keys, as ocdskit writes them. */
    private ObjectNode head(Packages packages, CompileOptions options) {
        ObjectNode head = mapper.createObjectNode();
        head.put("uri", options.uri().orElse(""));
        packages.publisher().ifPresent(publisher -> head.set("publisher", publisher));
        head.put("publishedDate", options.publishedDate());
        head.put("version", packages.version());
        if (!packages.extensions().isEmpty()) {
            packages.extensions().forEach(head.putArray("extensions")::add);
        }
        if (!packages.uris().isEmpty()) {
            packages.uris().forEach(head.putArray("packages")::add);
        }
        return head;
    }

    /**
     * The releases of one process, compiled: the compiled release and, when asked, the versioned release, as compact
     * UTF-8 JSON, with the warnings of the compiled one.
     */
    private Merged merged(int packageIndex, Packages packages, List<Release> releases, boolean versioned)
            throws IOException {
        ReleaseMerger merger = profiles.forPackage(packages.get(packageIndex));
        MergeResult compiled = merger.compiled(releases);
        byte[] history = versioned ? mapper.writeValueAsBytes(merger.versioned(releases).release()) : null;
        return new Merged(mapper.writeValueAsBytes(compiled.release()), history, compiled.warnings());
    }

    private record Merged(byte[] compiled, byte[] versioned, List<MergeWarning> warnings) {
    }

    /**
     * The first pass: every release into the sort, with its package, in runs of one ocid compiled as they come
     * ({@link GroupedRuns}).
     */
    private final class Grouping implements ReleaseVisitor {

        final OcidSort sort;
        final GroupedRuns runs;
        final Packages packages = new Packages();
        final List<ReadProblem> problems = new ArrayList<>();
        long sequence;
        long withoutOcid;
        long linkedReleases;
        long problemCount;

        Grouping(CompileOptions options) {
            this.sort = new OcidSort(options.sortBudget());
            this.runs = new GroupedRuns((packageIndex, releases) -> {
                Merged merged = merged(packageIndex, packages, releases, options.versioned());
                return merged.warnings().isEmpty() ? new GroupedRuns.Compiled(merged.compiled(), merged.versioned())
                        : null;
            }, sort);
        }

        @Override
        public void release(Release release, PackageMetadata packageInfo) {
            String ocid = release.ocid();
            if (ocid.isEmpty()) {
                withoutOcid++;
                return;
            }
            try {
                runs.add(release, mapper.writeValueAsBytes(release.json()), sequence++, packages.index(packageInfo));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void problem(ReadProblem problem) {
            if (problemCount++ < LISTED) {
                problems.add(problem);
            }
        }

        @Override
        public void linkedRelease(LinkedRelease link, PackageMetadata packageInfo) {
            linkedReleases++;
        }
    }

    /**
     * The second pass: each ocid's record written, from its run as compiled when it came in one, else from all its
     * releases compiled together.
     */
    private final class Compiling {

        final Packages packages;
        final boolean versioned;
        final RecordPackageWriter writer;
        final List<MergeWarning> warnings = new ArrayList<>();
        long records;
        long warningCount;

        Compiling(Packages packages, boolean versioned, RecordPackageWriter writer) {
            this.packages = packages;
            this.versioned = versioned;
            this.writer = writer;
        }

        void record(String ocid, List<SortedRun> group) throws IOException {
            records++;
            if (group.size() == 1 && group.getFirst().isCompiled()) {
                SortedRun run = group.getFirst();
                writer.record(ocid, run.releases(), run.compiled(), run.versioned());
                return;
            }
            List<Release> releases = new ArrayList<>();
            List<byte[]> json = new ArrayList<>();
            for (SortedRun run : group) {
                for (byte[] release : run.releases()) {
                    releases.add(new Release(reader.object(release)));
                    json.add(release);
                }
            }
            Merged merged = merged(group.getFirst().packageIndex(), packages, releases, versioned);
            warn(merged.warnings());
            writer.record(ocid, json, merged.compiled(), merged.versioned());
        }

        private void warn(List<MergeWarning> found) {
            for (MergeWarning warning : found) {
                if (warningCount++ < LISTED) {
                    warnings.add(warning);
                }
            }
        }
    }
}
