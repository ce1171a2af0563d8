package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.read.ReleaseVisitor;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Reads one fetched document of a run as OCDS: validates its packages and each release (through the run's
 * validation), hashes and counts each release and adds it to the batch. A document that is not JSON, or has parts that are not OCDS, is one failed document, recorded with its
 * URL and the byte offset of the (first) problem.
 */
final class DocumentReader {

    private final OcdsReader reader;
    private final String sourceId;
    private final String runId;
    private final RunTally tally;
    private final ReleaseBatch batch;

    DocumentReader(Pipeline pipeline, HarvestRun run, RunTally tally, ReleaseBatch batch) {
        this.reader = pipeline.reader();
        this.sourceId = run.sourceId();
        this.runId = run.runId();
        this.tally = tally;
        this.batch = batch;
    }

    void read(Fetched document) {
        Visitor visitor = new Visitor();
        try {
            tally.validation().document(document.file());
            reader.read(document.file(), visitor);
        } catch (ReadException e) {
            tally.documentFailed(error(document, "La respuesta no es JSON válido / The response is not valid JSON: "
                    + parserMessage(e) + " (byte " + e.offset() + ")"));
            return;
        } catch (IOException e) {
            tally.documentFailed(error(document, "No se pudo leer la respuesta / Could not read the response: " + e));
            return;
        }
        visitor.firstProblem().ifPresent(problem -> tally.documentFailed(error(document, notOcds(visitor, problem))));
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

    private static RunError error(Fetched document, String reason) {
        return new RunError(document.url().toString(), document.status(), reason);
    }

    /** Receives the releases and problems of one document. */
    private final class Visitor implements ReleaseVisitor {
        private long releases;
        private long problems;
        private Optional<ReadProblem> first = Optional.empty();

        @Override
        public void release(Release release, PackageMetadata packageInfo) {
            releases++;
            List<ValidationIssue> issues = tally.validation().release(release, packageInfo);
            tally.release(ProcessKey.of(sourceId, release.ocid()), issues);
            batch.add(new HarvestedRelease(sourceId, runId, release, packageInfo, ContentHash.of(release.json()),
                    issues));
        }

        @Override
        public void problem(ReadProblem problem) {
            problems++;
            tally.validation().problem(problem);
            if (first.isEmpty()) {
                first = Optional.of(problem);
            }
        }

        @Override
        public void warning(ReadProblem warning) {
            tally.validation().warning(warning);
        }

        Optional<ReadProblem> firstProblem() {
            return first;
        }
    }
}
