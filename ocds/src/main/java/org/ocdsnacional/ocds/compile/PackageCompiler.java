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
        Grouping grouping = new Grouping(options.sortBudget());
        try (OcidSort sort = grouping.sort) {
            for (Input input : inputs) {
                read(input, grouping);
            }
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

    /** The first pass: every release into the sort, with its package. */
    private final class Grouping implements ReleaseVisitor {

        final OcidSort sort;
        final Packages packages = new Packages();
        final List<ReadProblem> problems = new ArrayList<>();
        long sequence;
        long withoutOcid;
        long linkedReleases;
        long problemCount;

        Grouping(long budget) {
            this.sort = new OcidSort(budget);
        }

        @Override
        public void release(Release release, PackageMetadata packageInfo) {
            String ocid = release.ocid();
            if (ocid.isEmpty()) {
                withoutOcid++;
                return;
            }
            try {
                sort.add(new SortedRelease(ocid, sequence++, packages.index(packageInfo),
                        mapper.writeValueAsBytes(release.json())));
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

    /** The second pass: each ocid's releases compiled and written as a record. */
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

        void record(String ocid, List<SortedRelease> group) throws IOException {
            List<Release> releases = new ArrayList<>(group.size());
            List<byte[]> json = new ArrayList<>(group.size());
            for (SortedRelease release : group) {
                releases.add(new Release(reader.object(release.json())));
                json.add(release.json());
            }
            ReleaseMerger merger = profiles.forPackage(packages.get(group.getFirst().packageIndex()));
            MergeResult compiled = merger.compiled(releases);
            MergeResult history = versioned ? merger.versioned(releases) : null;
            warn(compiled.warnings());
            writer.record(ocid, json, compiled.release(), history == null ? null : history.release());
            records++;
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
