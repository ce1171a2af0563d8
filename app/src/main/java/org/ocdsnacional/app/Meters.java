package org.ocdsnacional.app;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The application's meters, shown at {@code /metrics} in the Prometheus format: the JVM's (memory, collections,
 * threads, classes, processor, uptime), and, through Micrometer's global registry which this one joins, those the
 * libraries count there (OpenSearch errors).
 */
record Meters(PrometheusMeterRegistry registry, JvmGcMetrics gc) implements AutoCloseable {

    static Meters create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.globalRegistry.add(registry);
        return new Meters(registry, gc);
    }

    @Override
    public void close() {
        Metrics.globalRegistry.remove(registry);
        gc.close();
        registry.close();
    }
}
