package org.ocdsnacional.harvester.run;

import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.read.JsonScan;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReadProblem;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Looks into fetched bodies that a protocol walks by rather than reads as OCDS (an API page's paging, a list of
 * years, a count, a CKAN dataset, a token, the links of record packages) through the ocds reader, so that they are
 * opened and decoded as documents are: GZIP or ZIP within the source's {@code http.maxUnpackedBytes}, UTF-16 and
 * UTF-32, Latin-1 with a warning. A body that cannot be read is the run's error in the words used for documents.
 */
final class BodyJson {

    private final OcdsReader reader;
    private final long maxUnpackedBytes;
    private final RunTally tally;

    BodyJson(OcdsReader reader, long maxUnpackedBytes, RunTally tally) {
        this.reader = reader;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.tally = tally;
    }

    /** What {@code scan} finds in {@code body}; empty when it cannot be read, recorded as a failed document. */
    <T> Optional<T> parse(Fetched body, Consumer<ReadProblem> warnings, JsonScan<T> scan) {
        return scanned(body, warnings, scan, tally::documentFailed);
    }

    /** What {@code scan} finds in {@code body}; empty when it cannot be read, and nothing recorded. */
    <T> Optional<T> peek(Fetched body, Consumer<ReadProblem> warnings, JsonScan<T> scan) {
        return scanned(body, warnings, scan, error -> { });
    }

    private <T> Optional<T> scanned(Fetched body, Consumer<ReadProblem> warnings, JsonScan<T> scan,
                                    Consumer<RunError> failed) {
        try {
            return Optional.of(reader.parse(body.file(), body.url().toString(), maxUnpackedBytes, warnings, scan));
        } catch (ReadException e) {
            failed.accept(ReadErrors.unreadable(body, e));
        } catch (IOException e) {
            failed.accept(ReadErrors.unopened(body, e));
        }
        return Optional.empty();
    }
}
