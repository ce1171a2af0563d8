package org.ocdsnacional.harvester.run;

import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.http.Redaction;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.model.ReleaseUid;
import org.ocdsnacional.ocds.normalise.ReleaseNormaliser;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.read.ReadSummary;
import org.ocdsnacional.ocds.read.ReleaseVisitor;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Reads one fetched document of a run as OCDS, as it was fetched: the reader opens ZIP and GZIP bodies (within the
 * source's {@code http.maxUnpackedBytes}) and decodes their text. Each release is normalised, hashed, counted (a
 * second sighting of the same ocid and id is a duplicate, reported to the publisher when its content differs: the
 * first one read is the one indexed) and added to the batch. A document that is not JSON, has
 * parts that are not OCDS, or holds no release at all, is one failed document, recorded with its URL, the ZIP entry
 * and the byte offset of the (first) problem.
 */
final class DocumentReader {

    /** The reason of a document without releases. */
    static final String NO_DATA = "El documento no contiene datos OCDS (ni releases ni records) / The document "
            + "contains no OCDS data (no releases or records)";

    private final Pipeline pipeline;
    private final String sourceId;
    private final long maxUnpackedBytes;
    private final RunTally tally;
    private final ReleaseBatch batch;

    DocumentReader(Pipeline pipeline, String sourceId, long maxUnpackedBytes, RunTally tally, ReleaseBatch batch) {
        this.pipeline = pipeline;
        this.sourceId = sourceId;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.tally = tally;
        this.batch = batch;
    }

    /**
     * Reads all of {@code document}, its reading's warnings (Latin-1 text, archive entries skipped) to
     * {@code warnings}; true when all of it was read without a problem.
     */
    boolean read(Fetched document, ReleaseNormaliser normaliser, Consumer<ReadProblem> warnings) {
        Visitor visitor = new Visitor(document, normaliser, warnings);
        Optional<RunError> failure = readAll(document, visitor).or(() -> visitor.first.map(first ->
                ReadErrors.at(document, first.origin(), notOcds(visitor, first, document.authenticated()))));
        failure.ifPresent(tally::documentFailed);
        return failure.isEmpty();
    }

    /**
     * The error that stopped the reading, if one did; a document with no release and no linked release (empty,
     * blank, {@code []}, {@code {}}, a package with an empty list) is one: it contains no OCDS data, and must not pass
     * for a publisher that withdrew everything.
     */
    private Optional<RunError> readAll(Fetched document, Visitor visitor) {
        try {
            ReadSummary read = pipeline.reader().read(document.file(), document.url().toString(), maxUnpackedBytes,
                    visitor);
            boolean noData = visitor.releases == 0 && read.linkedReleases() == 0 && visitor.first.isEmpty();
            return noData ? Optional.of(ReadErrors.at(document, "", NO_DATA)) : Optional.empty();
        } catch (ReadException e) {
            return Optional.of(ReadErrors.unreadable(document, e));
        } catch (IOException e) {
            return Optional.of(ReadErrors.unopened(document, e));
        }
    }

    /** The reason of a document with parts that are not OCDS; nothing of an authenticated body is quoted. */
    private static String notOcds(Visitor visitor, ReadProblem problem, boolean authenticated) {
        String what = visitor.releases == 0 ? NO_DATA
                : "Partes del documento no son OCDS / Parts of the document are not OCDS";
        String message = authenticated ? "" : ": " + problem.message();
        String where = problem.offset() >= 0 ? "byte " + problem.offset() + "; " : "";
        return what + message + " (" + where + visitor.problems + " problem(s))";
    }

    /** Receives the releases and problems of one document. */
    private final class Visitor implements ReleaseVisitor {
        private final Fetched document;
        private final ReleaseNormaliser normaliser;
        private final Consumer<ReadProblem> warnings;
        private long releases;
        private long problems;
        private Optional<ReadProblem> first = Optional.empty();

        Visitor(Fetched document, ReleaseNormaliser normaliser, Consumer<ReadProblem> warnings) {
            this.document = document;
            this.normaliser = normaliser;
            this.warnings = warnings;
        }

        @Override
        public void release(Release published, PackageMetadata packageInfo) {
            if (published.ocid().isBlank()) {
                problem(new ReadProblem(document.url().toString(), -1, "release «" + published.id()
                        + "» has no ocid: it belongs to no contracting process and was not indexed"));
                return;
            }
            releases++;
            Release release = normaliser.normalise(published);
            String hash = ContentHash.of(release.json());
            String uid = ReleaseUid.of(sourceId, release, hash);
            OptionalLong first = tally.read(uid, hash, ProcessKey.of(sourceId, release.ocid()));
            if (first.isEmpty()) {
                batch.add(new ReleaseBatch.Pending(release, packageInfo, hash, uid, document.url().toString()));
            } else if (first.getAsLong() != FirstSightings.prefix(hash)) {
                tally.validation().issue(ConflictingRelease.issue(release, first.getAsLong(), hash,
                        Redaction.url(document.url())));
            }
        }

        @Override
        public void warning(ReadProblem warning) {
            warnings.accept(warning);
        }

        @Override
        public void problem(ReadProblem problem) {
            problems++;
            if (first.isEmpty()) {
                first = Optional.of(problem);
            }
        }
    }
}
