package org.restwise.app.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Running out of memory anywhere in a command becomes one line that says what to change, instead of
 * the JVM's stack trace. picocli hands only {@link Exception}s to {@link CliErrors}; an
 * {@link OutOfMemoryError} passes through it, so it is caught here, around the whole run. Once it has
 * unwound, what filled the heap is garbage and there is room for the sentence.
 */
public final class OutOfMemory {

    private OutOfMemory() {
    }

    /** Runs {@code args} on {@code commandLine}: its exit status, or 1 when memory ran out. */
    public static int execute(CommandLine commandLine, String[] args) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            PrintWriter err = commandLine.getErr();
            // Only a known command name is repeated: the arguments themselves may hold anything.
            String command = Arrays.stream(args).filter(commandLine.getSubcommands()::containsKey).findFirst()
                    .orElse(commandLine.getCommandName());
            err.println(sentence(command, Runtime.getRuntime().maxMemory()));
            err.flush();
            return CliErrors.FAILURE;
        }
    }

    /** What the runner reads: the command, the heap it had, and a heap twice as large to try. */
    static String sentence(String command, long maxHeapBytes) {
        long heapMegabytes = Math.max(1, maxHeapBytes / (1024 * 1024));
        // The next power of two at least twice the heap: 247 MB (what -Xmx256m gives) suggests 512.
        long suggested = Long.highestOneBit(heapMegabytes * 2 - 1) << 1;
        return String.format(Locale.ROOT,
                "restwise: not enough memory to run \"%s\" in a %d MB Java heap; try RESTWISE_JAVA_OPTS=-Xmx%dm",
                command, heapMegabytes, suggested);
    }
}
