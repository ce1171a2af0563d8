package org.ocdsnacional.harvester.testing;

import org.ocdsnacional.harvester.run.HarvestSink;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sink that keeps what it is given, for tests to look at. */
public final class RecordingSink implements HarvestSink {

    public final List<HarvestRun> started = new CopyOnWriteArrayList<>();
    public final List<List<HarvestedRelease>> batches = new CopyOnWriteArrayList<>();
    public final List<HarvestRun> finished = new CopyOnWriteArrayList<>();
    public final List<ValidationReport> validated = new CopyOnWriteArrayList<>();

    @Override
    public void runStarted(HarvestRun run) {
        started.add(run);
    }

    @Override
    public void accept(List<HarvestedRelease> batch) {
        batches.add(batch);
    }

    @Override
    public void runValidated(HarvestRun run, ValidationReport report) {
        validated.add(report);
    }

    @Override
    public void runFinished(HarvestRun run) {
        finished.add(run);
    }

    public List<HarvestedRelease> releases() {
        return batches.stream().flatMap(List::stream).toList();
    }
}
