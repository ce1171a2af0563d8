package org.ocdsnacional.api;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the application logs while it is open (warnings and above, as the tests' configuration lets through), to
 * check what reaches the operator's log: no token, and no error or stack trace for a client's mistake.
 */
public final class LogCapture implements AutoCloseable {

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final LoggerContext context;
    private final AbstractAppender appender;

    private LogCapture(String loggerPrefix) {
        this.context = (LoggerContext) LogManager.getContext(false);
        this.appender = new AbstractAppender("capture-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLoggerName().startsWith(loggerPrefix)) {
                    entries.add(new Entry(event.getLoggerName(), event.getLevel(),
                            event.getMessage().getFormattedMessage(), event.getThrown() != null));
                }
            }
        };
        appender.start();
        context.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        context.updateLoggers();
    }

    /** Keeps what every logger writes. */
    public static LogCapture start() {
        return new LogCapture("");
    }

    /** Keeps what loggers under {@code packageName} write. */
    public static LogCapture of(String packageName) {
        return new LogCapture(packageName);
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** What was written at WARN or above, one line each, marked when it carried a stack trace. */
    public List<String> lines() {
        return entries.stream().filter(entry -> entry.level().isMoreSpecificThan(Level.WARN))
                .map(entry -> entry.level() + " " + entry.logger() + ": " + entry.message()
                        + (entry.withTrace() ? " [with stack trace]" : "")).toList();
    }

    @Override
    public void close() {
        context.getConfiguration().getRootLogger().removeAppender(appender.getName());
        context.updateLoggers();
        appender.stop();
    }

    /**
     * One logged event.
     *
     * @param logger    the logger's name
     * @param level     its level
     * @param message   its message, formatted
     * @param withTrace whether it carries an exception (a stack trace in the log)
     */
    public record Entry(String logger, Level level, String message, boolean withTrace) {
    }
}
