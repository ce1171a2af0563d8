package org.ocdsnacional.api;

import org.ocdsnacional.api.admin.AdminException;
import org.ocdsnacional.api.admin.AdminOperations;
import org.ocdsnacional.api.admin.SourceStatus;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Admin operations that answer from memory: one source, {@code jalisco}, that starts active. {@link #slow} makes
 * {@code reloadRegistry} take a long time; it counts down {@link #started} when it begins and {@link #interrupted}
 * when it is interrupted.
 */
public final class FakeAdmin implements AdminOperations {

    public final CountDownLatch started = new CountDownLatch(1);
    public final CountDownLatch interrupted = new CountDownLatch(1);
    private final Duration reloadTime;
    private volatile SourceStatus status = SourceStatus.ACTIVE;

    private FakeAdmin(Duration reloadTime) {
        this.reloadTime = reloadTime;
    }

    public static FakeAdmin idle() {
        return new FakeAdmin(Duration.ZERO);
    }

    public static FakeAdmin slow(Duration reloadTime) {
        return new FakeAdmin(reloadTime);
    }

    @Override
    public RunRequest runSourceNow(String sourceId) {
        known(sourceId);
        return new RunRequest(sourceId, RunState.ACCEPTED);
    }

    @Override
    public StatusChange setSourceStatus(String sourceId, SourceStatus newStatus) {
        known(sourceId);
        StatusChange change = new StatusChange(sourceId, status, newStatus);
        status = newStatus;
        return change;
    }

    @Override
    public RegistryReload reloadRegistry() {
        started.countDown();
        try {
            Thread.sleep(reloadTime);
        } catch (InterruptedException e) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
        }
        return new RegistryReload(1, status == SourceStatus.ACTIVE ? 1 : 0);
    }

    private static void known(String sourceId) {
        if (!sourceId.equals("jalisco")) {
            throw AdminException.notFound(sourceId);
        }
    }
}
