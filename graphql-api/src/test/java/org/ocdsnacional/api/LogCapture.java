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

/** What the application logs while it is open (warnings and above, as the tests' configuration lets through). */
public final class LogCapture implements AutoCloseable {

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final LoggerContext context;
    private final AbstractAppender appender;

    private LogCapture() {
        this.context = (LoggerContext) LogManager.getContext(false);
        this.appender = new AbstractAppender("capture-" + UUID.randomUUID(), null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                entries.add(new Entry(event.getLoggerName(), event.getLevel(),
                        event.getMessage().getFormattedMessage(), event.getThrown() != null));
            }
        };
        appender.start();
        context.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        context.updateLoggers();
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
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
