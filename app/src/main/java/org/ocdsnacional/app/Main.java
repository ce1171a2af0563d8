package org.ocdsnacional.app;

import org.ocdsnacional.api.ApiServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code serve}, {@code harvest}, {@code validate}, {@code compile}, {@code generate},
 * {@code conformance}, {@code lib-cove}, {@code help}.
 */
@Command(name = "ocds-nacional", mixinStandardHelpOptions = true, version = "ocds-nacional 0.1.0",
        description = "Búsqueda nacional en los datos de contrataciones abiertas (OCDS) de México. / National search "
                + "over Mexico's open contracting (OCDS) data.",
        subcommands = {ServeCommand.class, HarvestCommand.class, ValidateCommand.class, CompileCommand.class,
                GenerateCommand.class,
                FlagsCommand.class, CardinalCommand.class,
                ConformanceCommand.class, LibCoveCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LogFile.choose(args);
        // Helidon logs through java.util.logging: route it to Log4j 2, like everything else, before anything logs.
        System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
        ApiServer.configureCarriers();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main()).setExecutionExceptionHandler(new FailureReport())
                .setParameterExceptionHandler(new UsageError());
        HelpText.apply(commandLine);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
