package org.ocdsnacional.api;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps the events of level WARN and above that loggers under a package write while it is open, to check that a
 * client's mistake leaves no error (and no stack trace) in the operator's log.
 */
final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final Logger logger;
    private final List<LogEvent> events = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger) {
        super("capture-" + logger.getName(), null, null, true, Property.EMPTY_ARRAY);
        this.logger = logger;
    }

    /** Starts keeping what loggers under {@code packageName} write. */
    static LogCapture of(String packageName) {
        LogCapture capture = new LogCapture((Logger) LogManager.getLogger(packageName));
        capture.start();
        capture.logger.addAppender(capture);
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        if (event.getLevel().isMoreSpecificThan(Level.WARN)) {
            events.add(event.toImmutable());
        }
    }

    /** What was written, one line each, with the exception's class when there was one. */
    List<String> lines() {
        return events.stream().map(event -> event.getLevel() + " " + event.getLoggerName() + ": "
                + event.getMessage().getFormattedMessage()
                + (event.getThrown() == null ? "" : " [" + event.getThrown() + "]")).toList();
    }

    @Override
    public void close() {
        logger.removeAppender(this);
        stop();
    }
}
