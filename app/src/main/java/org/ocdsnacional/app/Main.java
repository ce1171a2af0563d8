package org.ocdsnacional.app;

import org.ocdsnacional.api.ApiServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.List;

/**
 * The command line: {@code serve}, {@code harvest}, {@code validate}, {@code compile}, {@code generate},
 * {@code conformance}, {@code lib-cove}, {@code help}.
 */
@Command(name = "ocds-nacional", mixinStandardHelpOptions = true, version = "ocds-nacional 0.1.0",
        description = "Búsqueda nacional en los datos de contrataciones abiertas (OCDS) de México. / National search "
                + "over Mexico's open contracting (OCDS) data.")
public final class Main implements Runnable {

    /** The commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ServeCommand.class, HarvestCommand.class,
            ValidateCommand.class, CompileCommand.class, GenerateCommand.class, FlagsCommand.class,
            CardinalCommand.class, ConformanceCommand.class, LibCoveCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LogFile.choose(args);
        // Helidon logs through java.util.logging: route it to Log4j 2, like everything else, before anything logs.
        System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
        ApiServer.configureCarriers();
        System.exit(commandLine(args).execute(args));
    }

    /** The command line with every command. */
    static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The command line to run {@code args}: with only the command they name when they name one (other than help),
     * every command otherwise. Picocli reads each command's options by reflection, which costs a short command's
     * start-up about a quarter of a CPU-second when done for all of them.
     */
    static CommandLine commandLine(String[] args) {
        String named = Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse("");
        return COMMANDS.stream().filter(command -> !command.equals(CommandLine.HelpCommand.class))
                .filter(command -> command.getAnnotation(Command.class).name().equals(named)).findFirst()
                .map(command -> commandLine(List.<Class<?>>of(command))).orElseGet(Main::commandLine);
    }

    private static CommandLine commandLine(List<Class<?>> commands) {
        CommandLine commandLine = new CommandLine(new Main()).setExecutionExceptionHandler(new FailureReport())
                .setParameterExceptionHandler(new UsageError());
        commands.forEach(commandLine::addSubcommand);
        HelpText.apply(commandLine);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
