package org.ocdsnacional.app;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.ResourceBundle;

/**
 * The help of every command in Spanish and English: its headings, the standard options' descriptions (from the
 * resource bundle {@code org.ocdsnacional.app.HelpText}) and its exit statuses ({@link ExitStatus}).
 */
final class HelpText {

    private HelpText() {
    }

    /** Applies to {@code command} and all its subcommands. */
    static void apply(CommandLine command) {
        command.setResourceBundle(ResourceBundle.getBundle(HelpText.class.getName()));
        headings(command);
        CommandLine help = command.getSubcommands().get("help");
        if (help != null) {
            String description = "Muestra la ayuda de un comando, con sus opciones y estados de salida / Show the help "
                    + "of a command, with its options and exit statuses.";
            help.getCommandSpec().usageMessage().description(description).header(description);
        }
        ExitStatus.document(command);
    }

    private static void headings(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.synopsisHeading("Uso / Usage: ").commandListHeading("%nComandos / Commands:%n")
                .optionListHeading("%nOpciones / Options:%n").parameterListHeading("%nParámetros / Parameters:%n");
        command.getSubcommands().values().forEach(HelpText::headings);
    }
}
