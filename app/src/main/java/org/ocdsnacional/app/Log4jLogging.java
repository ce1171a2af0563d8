package org.ocdsnacional.app;

import io.helidon.logging.common.spi.LoggingProvider;

/**
 * Tells Helidon that logging is configured already, by Log4j 2 ({@code log4j2.xml}, with java.util.logging routed
 * to it by {@link Main}): without a provider Helidon prints that it found none to standard error. Found by Helidon
 * through {@code META-INF/services}; public only for that.
 */
public final class Log4jLogging implements LoggingProvider {

    /** Nothing to do: Log4j 2 configured itself from {@code log4j2.xml}. */
    @Override
    public void initialization() {
        // Log4j 2 is configured by log4j2.xml before Helidon starts.
    }

    /** Nothing to do at run time either. */
    @Override
    public void runTime() {
        // Log4j 2 is configured by log4j2.xml before Helidon starts.
    }
}
