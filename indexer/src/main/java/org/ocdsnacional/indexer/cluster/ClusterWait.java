package org.ocdsnacional.indexer.cluster;

import org.ocdsnacional.indexer.cluster.ClusterConnection.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Start-up's wait for an external cluster: it may be starting too (a deployment brings everything up at once), so
 * the application asks again every second, saying what it waits for, until the cluster has elected a cluster manager
 * or the deadline passes. What waiting cannot mend (credentials refused, a certificate not trusted) fails at once.
 */
final class ClusterWait {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterWait.class);
    private static final String HEALTH = "/_cluster/health?cluster_manager_timeout=2s";
    private static final Duration PAUSE = Duration.ofSeconds(1);
    private static final Duration SAY_AGAIN = Duration.ofSeconds(10);

    private final ClusterConnection connection;
    private final List<URI> urls;

    ClusterWait(ClusterConnection connection, List<URI> urls) {
        this.connection = connection;
        this.urls = urls;
    }

    /** Returns once the cluster answers; throws a {@link ClusterException} saying why when it does not in time. */
    void await(Duration deadline) {
        Instant giveUp = Instant.now().plus(deadline);
        Instant sayAgain = Instant.now();
        while (true) {
            Optional<String> notReady = notReady();
            if (notReady.isEmpty()) {
                return;
            }
            if (!Instant.now().isBefore(giveUp)) {
                throw new ClusterException("El clúster de OpenSearch no respondió en " + deadline.toSeconds()
                        + " s / The OpenSearch cluster did not answer within " + deadline.toSeconds() + " s at "
                        + urls + " (" + notReady.get() + "). Check opensearch.urls and that the cluster is up;"
                        + " opensearch.startup.wait sets how long to wait.");
            }
            if (!Instant.now().isBefore(sayAgain)) {
                LOG.warn("Esperando al clúster de OpenSearch… / Waiting for the OpenSearch cluster… at {} ({}); giving"
                        + " up in {} s", urls, notReady.get(), Duration.between(Instant.now(), giveUp).toSeconds());
                sayAgain = Instant.now().plus(SAY_AGAIN);
            }
            pause();
        }
    }

    /** Why the cluster is not ready yet; empty when it is. */
    private Optional<String> notReady() {
        try {
            Answer answer = connection.send("GET", HEALTH, Optional.empty());
            if (answer.status() == 401 || answer.status() == 403) {
                throw new ClusterException("OpenSearch rechazó las credenciales (HTTP " + answer.status() + ") / "
                        + "OpenSearch refused the credentials (HTTP " + answer.status() + ") at " + urls + ": set "
                        + "the environment variables OPENSEARCH_USERNAME and OPENSEARCH_PASSWORD to a user it knows.");
            }
            return answer.status() < 300 ? Optional.empty()
                    : Optional.of("HTTP " + answer.status() + " " + answer.body().path("error"));
        } catch (IOException e) {
            untrusted(e);
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    private void untrusted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                throw new ClusterException("No se pudo establecer TLS con OpenSearch / TLS with OpenSearch failed"
                        + " at " + urls + ": " + cause.getMessage() + ". Set opensearch.tls.ca to the PEM file of"
                        + " the authority that signed the cluster's certificates, and reach the nodes by the names"
                        + " their certificates give.", e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterException("Interrupted while waiting for the OpenSearch cluster", e);
        }
    }
}
