package org.ocdsnacional.app;

import org.ocdsnacional.harvester.registry.LiveRegistry;
import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;
import org.ocdsnacional.indexer.admin.AdminDecisions;
import org.ocdsnacional.indexer.admin.RunAsked;
import org.ocdsnacional.indexer.admin.SharedDecisions;
import org.ocdsnacional.indexer.admin.StatusDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Keeps this instance in line with what an admin decided on any instance of the deployment, API or harvester (the
 * decisions are kept in OpenSearch, {@link AdminDecisions}): the statuses given to sources are laid over the registry
 * file's in the registry every part of the instance reads (runs, schedules, the API), a registry reload asked for
 * anywhere reloads the file here too, and a run asked for on an instance that does not harvest is started by one
 * harvesting instance. A status given by an admin holds, across restarts, until a registry reload asked by an admin,
 * or until the registry file gives the source another status than it had then (whoever edits the file's status takes
 * over). Decisions are read every {@link #period()}, and again before each scheduled run.
 */
final class SharedAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(SharedAdmin.class);
    /** How many periods a harvesting instance may stay silent and still be counted alive. */
    private static final int ALIVE_PERIODS = 3;
    /** How many periods after it last said it was alive a harvesting instance that stopped without a word is forgotten. */
    private static final int FORGOTTEN_PERIODS = 1_000;

    private final AdminDecisions decisions;
    private final LiveRegistry registry;
    private final String instance;
    private final Clock clock;
    private final Duration period;
    private Registry file;
    private SharedDecisions last;
    private long reloadsSeen;
    private Hooks hooks = Hooks.NONE;

    /**
     * What following the decisions does beyond the registry, once the instance serves.
     *
     * @param harvests        whether this instance harvests: it then says it is alive and starts the runs asked for
     * @param schedulesFollow makes the schedules follow the registry's statuses
     * @param reload          reloads the registry file (and calls {@link #reloaded})
     * @param runAsked        starts a run asked for on another instance
     */
    record Hooks(boolean harvests, Runnable schedulesFollow, Runnable reload, Consumer<Source> runAsked) {
        static final Hooks NONE = new Hooks(false, () -> { }, () -> { }, source -> { });
    }

    private SharedAdmin(AdminDecisions decisions, LiveRegistry registry, String instance, Clock clock,
                        Duration period) {
        this.decisions = decisions;
        this.registry = registry;
        this.instance = instance;
        this.clock = clock;
        this.period = period;
        this.file = registry.get();
        this.last = decisions.read();
        this.reloadsSeen = last.reloadsAsked();
    }

    /**
     * Follows the decisions of the deployment from now on; the registry, just loaded from its file, gets the statuses
     * an admin gave at once.
     */
    static SharedAdmin follow(AdminDecisions decisions, LiveRegistry registry, String instance, Clock clock,
                              Duration period) {
        SharedAdmin shared = new SharedAdmin(decisions, registry, instance, clock, period);
        shared.apply(false);
        return shared;
    }

    /** How often the decisions are read while serving. */
    Duration period() {
        return period;
    }

    /** Starts doing what {@code hooks} say when decisions change: the instance serves. */
    synchronized void serve(Hooks serving) {
        this.hooks = serving;
    }

    /** Reads the decisions and follows them; a harvesting instance also says it is alive. Run every period. */
    void poll() {
        try {
            if (hooks().harvests()) {
                decisions.alive(instance, clock.instant());
            }
            sync();
            forgetDeadHarvesters();
        } catch (RuntimeException e) {
            LOG.warn("The admin's shared decisions could not be read; they are followed when OpenSearch answers: {}",
                    e.getMessage());
        }
    }

    /** Reads the decisions now and follows them: statuses, a reload asked for, runs asked for. */
    synchronized void sync() {
        last = decisions.read();
        apply(true);
        if (last.reloadsAsked() > reloadsSeen) {
            reloadsSeen = last.reloadsAsked();
            LOG.info("A registry reload was asked for on another instance: reloading the registry file here");
            hooks.reload().run();
        }
        if (hooks.harvests()) {
            last.runsAsked().forEach(this::start);
        }
    }

    /**
     * An admin gives a source a status, for every instance: recorded in the decisions (forgotten when it is the
     * file's own), then followed here at once. Returns the source as it was; empty when there is no such source.
     */
    synchronized Optional<Source> setStatus(String sourceId, SourceStatus status) {
        Optional<Source> before = registry.find(sourceId);
        Optional<Source> inFile = file.find(sourceId);
        if (before.isEmpty() || inFile.isEmpty()) {
            return Optional.empty();
        }
        SourceStatus fileStatus = inFile.get().status();
        if (fileStatus == status) {
            decisions.forget(sourceId);
        } else {
            decisions.decide(new StatusDecision(sourceId, status.name(), fileStatus.name(), instance,
                    clock.instant()));
        }
        sync();
        return before;
    }

    /** The registry file was loaded again (here): the admin's statuses are laid over it again. */
    synchronized void reloaded(Registry loaded) {
        file = loaded;
        apply(false);
    }

    /**
     * This instance reloaded the registry at an admin's request: every other instance reloads it too, and the file's
     * statuses are in force everywhere again (the admin's are forgotten).
     */
    synchronized void reloadEverywhere() {
        decisions.forgetStatuses();
        reloadsSeen = decisions.askReload(instance, clock.instant());
        sync();
    }

    /**
     * Asks the harvesting instances for a run of a source (this instance does not harvest, and no shared schedule
     * can take the request). False when no harvesting instance has said it is alive lately: nobody would start it.
     */
    boolean askRun(String sourceId) {
        if (!decisions.read().harvesterAliveSince(clock.instant().minus(period.multipliedBy(ALIVE_PERIODS)))) {
            return false;
        }
        decisions.askRun(sourceId, instance, clock.instant());
        return true;
    }

    /** This instance stops: it no longer takes runs asked for. */
    void close() {
        if (!hooks().harvests()) {
            return;
        }
        try {
            decisions.gone(instance);
        } catch (RuntimeException e) {
            LOG.debug("Could not say that this instance stops: {}", e.getMessage());
        }
    }

    /** The harvesting instances that died (killed, not stopped) leave their word behind: forgotten in time. */
    private synchronized void forgetDeadHarvesters() {
        Instant dead = clock.instant().minus(period.multipliedBy(FORGOTTEN_PERIODS));
        last.harvesters().forEach((name, seen) -> {
            if (seen.isBefore(dead)) {
                decisions.gone(name);
            }
        });
    }

    private synchronized Hooks hooks() {
        return hooks;
    }

    private void start(RunAsked run) {
        if (!decisions.claim(run)) {
            return;
        }
        Optional<Source> source = registry.find(run.sourceId());
        if (source.isEmpty() || source.get().status() == SourceStatus.RETIRED) {
            LOG.info("Run of {} asked for on another instance skipped: the source is retired or no longer registered",
                    run.sourceId());
            return;
        }
        LOG.info("Run of {} asked for on another instance: harvesting it here ({})", run.sourceId(), instance);
        hooks.runAsked().accept(source.get());
    }

    /** Lays the statuses decided over the file's; with {@code follow}, the schedules follow when any changed. */
    private void apply(boolean follow) {
        boolean changed = false;
        for (Source inFile : file.sources()) {
            SourceStatus wanted = wanted(inFile, last.statuses().get(inFile.id()));
            Optional<Source> current = registry.find(inFile.id());
            if (current.isPresent() && current.get().status() != wanted) {
                registry.setStatus(inFile.id(), wanted);
                changed = true;
            }
        }
        if (changed && follow) {
            hooks.schedulesFollow().run();
        }
    }

    /** The admin's status while the file still gives the status it had when the admin decided; else the file's. */
    private static SourceStatus wanted(Source inFile, StatusDecision decision) {
        if (decision == null || !decision.fileStatus().equals(inFile.status().name())) {
            return inFile.status();
        }
        return SourceStatus.valueOf(decision.status());
    }
}
