package org.ocdsnacional.app;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A command line that cannot be understood (an unknown option, a missing one, a value of the wrong kind): what is
 * wrong in Spanish and English, what was probably meant, and where the help is; exit status
 * {@link ExitStatus#CANNOT_RUN}.
 */
final class UsageError implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(message(error)));
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println("¿Quiso decir? / Did you mean? " + String.join(", ", unmatched.getSuggestions()));
        }
        err.println("Ayuda / Help: " + command.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitStatus.CANNOT_RUN;
    }

    static String message(ParameterException error) {
        if (error instanceof MissingParameterException missing) {
            return "Falta / Missing: " + names(missing.getMissing());
        }
        if (error instanceof UnmatchedArgumentException unmatched) {
            return "Argumento desconocido / Unknown argument: " + String.join(" ", unmatched.getUnmatched());
        }
        if (error.getArgSpec() != null && error.getValue() != null) {
            return "Valor no válido para / Invalid value for " + name(error.getArgSpec()) + ": «" + error.getValue()
                    + "» (" + error.getMessage() + ")";
        }
        return "Argumentos no válidos / Invalid arguments: " + error.getMessage();
    }

    private static String names(List<ArgSpec> specs) {
        return specs.stream().map(UsageError::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() + "=" + option.paramLabel() : spec.paramLabel();
    }
}
