package org.restwise.app.cli;

import java.io.PrintWriter;
import org.restwise.app.access.AccessRefused;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Translates every failure into one line on standard error (control characters escaped, so no
 * message quoting input can fake more) and an exit status, once, at the edge:
 * 2 for input we refuse, 1 for anything else. A runner never sees a stack trace.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine commandLine = ex.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("restwise: " + TerminalText.escaped(plainWords(ex)));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return BAD_INPUT;
    }

    /**
     * A value of the wrong kind said in words ("--days must be a whole number, got 'x'") instead of
     * picocli's Java type names ("'x' is not an int"); any other parse error as picocli says it.
     */
    static String plainWords(ParameterException ex) {
        ArgSpec arg = ex.getArgSpec();
        String value = ex.getValue();
        if (arg == null || value == null || !(ex.getCause() instanceof CommandLine.TypeConversionException)) {
            return ex.getMessage();
        }
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        if (arg.type().isEnum()) {
            return name + " must be one of " + choices(arg.type()) + ", got '" + value + "'";
        }
        String kind = kindOf(arg.type());
        if (kind == null) {
            // A converter of ours (yes/no) or of picocli's (a choice) says what it expected.
            return name + ": " + ex.getCause().getMessage();
        }
        return name + " must be " + kind + ", got '" + value + "'";
    }

    /** An enum's constants as a runner types them: "uncoupled, coupled, ewma". */
    private static String choices(Class<?> type) {
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String kindOf(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number (a decimal point, not a comma)";
        }
        if (type == java.time.LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == java.time.LocalTime.class) {
            return "a time of day written HH:MM";
        }
        return null;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (ex instanceof UserInputException || ex instanceof IllegalArgumentException || ex instanceof AccessRefused) {
            err.println("restwise: " + TerminalText.escaped(ex.getMessage()));
            err.flush();
            return BAD_INPUT;
        }
        err.println("restwise: " + TerminalText.escaped(describe(ex)));
        err.flush();
        return FAILURE;
    }

    private static String describe(Exception ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
