package org.ocdsnacional.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * Which log file a command writes, so that a command and a running server never write into the same file:
 * {@code logs/ocds-nacional.log} for {@code serve} (the server's log), {@code logs/<command>.log} for the others;
 * and what reaches the console: the server's INFO messages (what it is doing), only warnings for the other
 * commands, which print what they do themselves. Chosen before anything logs: {@code log4j2.xml} reads the system
 * properties {@value #PROPERTY} and {@value #CONSOLE_LEVEL}.
 */
final class LogFile {

    static final String PROPERTY = "ocds.log.name";
    static final String CONSOLE_LEVEL = "ocds.console.level";
    private static final String SERVER = "ocds-nacional";
    private static final Set<String> COMMANDS = Set.of("harvest", "validate", "generate", "conformance", "lib-cove");

    private LogFile() {
    }

    /** Names the log file of the command {@code args} run; call before anything logs. */
    static void choose(String[] args) {
        String command = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
        System.setProperty(PROPERTY, COMMANDS.contains(command) ? command : SERVER);
        System.setProperty(CONSOLE_LEVEL, COMMANDS.contains(command) ? "warn" : "info");
    }

    /** The log file of this process, as a user would type it. */
    static Path current() {
        return Path.of(System.getProperty("ocds.logs.dir", "logs"), System.getProperty(PROPERTY, SERVER) + ".log");
    }
}
