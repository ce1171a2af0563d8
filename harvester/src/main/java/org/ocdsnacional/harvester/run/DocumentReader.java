package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.unpack.Part;
import org.ocdsnacional.harvester.unpack.UnpackException;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.model.ReleaseUid;
import org.ocdsnacional.ocds.normalise.ReleaseNormaliser;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.read.ReleaseVisitor;

import java.io.IOException;
import java.util.Optional;

/**
 * Reads one fetched document of a run as OCDS, part by part (ZIP entries, GZIP content, the body itself): each
 * release is normalised, hashed, counted (a second sighting of the same release is a duplicate) and added to the
 * batch. A document that is not JSON, or has parts that are not OCDS, is one failed document, recorded with its
 * URL, the part and the byte offset of the (first) problem.
 */
final class DocumentReader {

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

    /** Reads every part of {@code document}; true when all of it was read without a problem. */
    boolean read(Fetched document, ReleaseNormaliser normaliser) {
        boolean[] clean = {true};
        try {
            pipeline.unpacker().forEachPart(document.file(), maxUnpackedBytes,
                    part -> clean[0] &= readPart(document, part, normaliser));
        } catch (UnpackException e) {
            tally.documentFailed(error(document, "", e.reason()));
            return false;
        }
        return clean[0];
    }

    private boolean readPart(Fetched document, Part part, ReleaseNormaliser normaliser) {
        Visitor visitor = new Visitor(document, normaliser);
        try {
            pipeline.reader().read(part.file(), visitor);
        } catch (ReadException e) {
            tally.documentFailed(error(document, part.name(), "La respuesta no es JSON válido / The response is not "
                    + "valid JSON: " + parserMessage(e) + " (byte " + e.offset() + ")"));
            return false;
        } catch (IOException e) {
            tally.documentFailed(error(document, part.name(),
                    "No se pudo leer la respuesta / Could not read the response: " + e));
            return false;
        }
        Optional<ReadProblem> problem = visitor.first;
        problem.ifPresent(first -> tally.documentFailed(error(document, part.name(), notOcds(visitor, first))));
        return problem.isEmpty();
    }

    private static String notOcds(Visitor visitor, ReadProblem problem) {
        String what = visitor.releases == 0
                ? "El documento no es OCDS / The document is not OCDS: "
                : "Partes del documento no son OCDS / Parts of the document are not OCDS: ";
        return what + problem.message() + " (byte " + problem.offset() + "; " + visitor.problems + " problem(s))";
    }

    private static String parserMessage(ReadException e) {
        return e.getCause() instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
    }

    private static RunError error(Fetched document, String part, String reason) {
        String where = part.isEmpty() ? "" : "«" + part + "»: ";
        return new RunError(document.url().toString(), document.status(), where + reason);
    }

    /** Receives the releases and problems of one part. */
    private final class Visitor implements ReleaseVisitor {
        private final Fetched document;
        private final ReleaseNormaliser normaliser;
        private long releases;
        private long problems;
        private Optional<ReadProblem> first = Optional.empty();

        Visitor(Fetched document, ReleaseNormaliser normaliser) {
            this.document = document;
            this.normaliser = normaliser;
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
            if (tally.read(uid, ProcessKey.of(sourceId, release.ocid()))) {
                batch.add(new ReleaseBatch.Pending(release, packageInfo, hash, uid, document.url().toString()));
            }
        }

        @Override
        public void warning(ReadProblem warning) {
            tally.validation().warning(warning);
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
