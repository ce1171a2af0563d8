package org.ocdsnacional.harvester.testing;

import org.ocdsnacional.harvester.run.DocumentState;
import org.ocdsnacional.harvester.run.HarvestSink;
import org.ocdsnacional.harvester.run.HarvestStore;
import org.ocdsnacional.harvester.run.StoredRelease;
import org.ocdsnacional.harvester.run.Withdrawal;
import org.ocdsnacional.harvester.run.WithdrawalRequest;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.model.ReleaseUid;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Storage in memory, as the index would keep it: releases by uid, document states, withdrawals. */
public final class MemoryStore implements HarvestStore, HarvestSink {

    /**
     * A stored release.
     *
     * @param processKey its process
     * @param hash       its content hash
     * @param withdrawn  whether withdrawn
     */
    public record Stored(String processKey, String hash, boolean withdrawn) {
    }

    public final Map<String, Stored> releases = new ConcurrentHashMap<>();
    public final Map<String, DocumentState> documents = new ConcurrentHashMap<>();
    public final List<HarvestedRelease> accepted = new CopyOnWriteArrayList<>();
    public final List<ValidationReport> reports = new CopyOnWriteArrayList<>();
    /** How many documents were remembered when each report arrived. */
    public final List<Integer> documentsAtReport = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, StoredRelease> storedReleases(Collection<String> uids) {
        Map<String, StoredRelease> found = new ConcurrentHashMap<>();
        uids.forEach(uid -> Optional.ofNullable(releases.get(uid))
                .ifPresent(s -> found.put(uid, new StoredRelease(s.hash(), s.withdrawn()))));
        return found;
    }

    @Override
    public Optional<DocumentState> documentState(String sourceId, String url) {
        return Optional.ofNullable(documents.get(sourceId + " " + url));
    }

    @Override
    public void saveDocumentState(String sourceId, String url, DocumentState state) {
        documents.put(sourceId + " " + url, state);
    }

    @Override
    public Withdrawal withdraw(WithdrawalRequest request) {
        List<String> unseen = releases.entrySet().stream()
                .filter(e -> !e.getValue().withdrawn() && !request.seen().test(e.getValue().processKey()))
                .map(Map.Entry::getKey).toList();
        long keys = unseen.stream().map(uid -> releases.get(uid).processKey()).distinct().count();
        long known = releases.values().stream().map(Stored::processKey).distinct().count();
        if (keys > request.maxFraction() * known) {
            return new Withdrawal(0, keys, known, true);
        }
        unseen.forEach(uid -> releases.computeIfPresent(uid, (k, s) -> new Stored(s.processKey(), s.hash(), true)));
        return new Withdrawal(keys, keys, known, false);
    }

    @Override
    public void runStarted(HarvestRun run) {
    }

    @Override
    public void accept(List<HarvestedRelease> batch) {
        accepted.addAll(batch);
        batch.forEach(r -> releases.put(ReleaseUid.of(r.sourceId(), r.release(), r.contentHash()),
                new Stored(ProcessKey.of(r.sourceId(), r.release().ocid()), r.contentHash(), false)));
    }

    @Override
    public void runValidated(HarvestRun run, ValidationReport report) {
        reports.add(report);
        documentsAtReport.add(documents.size());
    }

    @Override
    public void runFinished(HarvestRun run) {
    }
}
