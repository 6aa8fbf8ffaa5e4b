package org.restwise.app.cli;

import java.io.PrintWriter;
import org.restwise.app.access.AccessRefused;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
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
        err.println("restwise: " + TerminalText.escaped(ex.getMessage()));
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return BAD_INPUT;
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
