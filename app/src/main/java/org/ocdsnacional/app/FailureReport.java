package org.ocdsnacional.app;

import org.ocdsnacional.api.ApiServer;
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.net.BindException;
import java.util.Optional;

/**
 * How a command's failure reaches the person who ran it: what they can fix is said in Spanish and English, without
 * a stack trace, with exit status {@link ExitStatus#CANNOT_RUN}; anything else is an unexpected error, said in one
 * line that points to the log, where its stack trace goes (never to the console), with {@link
 * ExitStatus#UNEXPECTED}.
 */
final class FailureReport implements CommandLine.IExecutionExceptionHandler {

    /** Logs to the command's log file only (see {@code log4j2.xml}): the console has the message already. */
    private static final Logger LOG = LoggerFactory.getLogger(FailureReport.class);

    @Override
    public int handleExecutionException(Exception error, CommandLine command, CommandLine.ParseResult parsed) {
        Optional<String> fixable = fixable(error);
        String message = fixable.orElseGet(() -> "Error inesperado (un defecto de ocds-nacional) / Unexpected error "
                + "(a defect of ocds-nacional): " + error.getMessage() + " (" + error.getClass().getSimpleName()
                + "). Detalles / details: " + LogFile.current());
        if (fixable.isPresent()) {
            LOG.warn("{}: {}", command.getCommandName(), message);
        } else {
            LOG.error("{} failed", command.getCommandName(), error);
        }
        command.getErr().println(command.getColorScheme().errorText(message));
        command.getErr().flush();
        return fixable.isPresent() ? ExitStatus.CANNOT_RUN : ExitStatus.UNEXPECTED;
    }

    /** The message of a failure the user can fix, if it is one. */
    static Optional<String> fixable(Throwable error) {
        if (error instanceof ConfigurationException) {
            return Optional.of(error.getMessage());
        }
        if (error instanceof ApiServer.StartException) {
            return Optional.of(error.getMessage());
        }
        if (error instanceof ClusterException) {
            return Optional.of("No se pudo usar OpenSearch / OpenSearch could not be used: " + error.getMessage());
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return Optional.of("Un puerto está ocupado por otro programa: elija otro / A port is in use by another "
                        + "program: choose another (" + cause.getMessage() + ")");
            }
        }
        return Optional.empty();
    }
}
