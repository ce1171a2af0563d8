package org.ocdsnacional.app;

import org.ocdsnacional.harvester.run.HarvestSink;
import org.ocdsnacional.indexer.ingest.IngestResult;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.issues.IssueStore;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.util.List;

/**
 * Connects the harvester's output to the indexer: runs to the runs index, releases to bulk ingest, each run's
 * validation to the issues index.
 */
final class IndexingSink implements HarvestSink {

    private static final int FAILURES_SHOWN = 3;

    private final ReleaseIndexer indexer;
    private final RunStore runs;
    private final IssueStore issues;

    IndexingSink(ReleaseIndexer indexer, RunStore runs, IssueStore issues) {
        this.indexer = indexer;
        this.runs = runs;
        this.issues = issues;
    }

    @Override
    public void runStarted(HarvestRun run) {
        runs.save(run);
    }

    /** Indexes the batch; documents that OpenSearch refused end the run, which records the first reasons. */
    @Override
    public void accept(List<HarvestedRelease> batch) {
        IngestResult result = indexer.index(batch);
        if (!result.failures().isEmpty()) {
            throw new IllegalStateException(result.failures().size() + " documents were refused by OpenSearch: "
                    + String.join("; ", result.failures().subList(0, Math.min(FAILURES_SHOWN,
                    result.failures().size()))));
        }
    }

    @Override
    public void runValidated(HarvestRun run, ValidationReport report) {
        issues.save(run, report);
    }

    @Override
    public void runFinished(HarvestRun run) {
        indexer.refresh();
        runs.save(run);
    }
}
