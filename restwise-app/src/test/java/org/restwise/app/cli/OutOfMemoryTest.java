package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class OutOfMemoryTest {

    @Command(name = "restwise", subcommands = Hungry.class)
    static final class Root implements Runnable {
        @Override
        public void run() {
        }
    }

    @Command(name = "analyze")
    static final class Hungry implements Callable<Integer> {
        @CommandLine.Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineThatSaysWhatToTry() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Root());
        commandLine.setErr(new PrintWriter(err, true));

        int code = OutOfMemory.execute(commandLine, new String[] {"analyze", "--json"});

        assertThat(code).isEqualTo(CliErrors.FAILURE);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("restwise: not enough memory to run \"analyze\" in a ")
                .contains("MB Java heap; try RESTWISE_JAVA_OPTS=-Xmx");
    }

    @Test
    void theSuggestedHeapIsTheNextPowerOfTwoAtLeastTwiceTheHeap() {
        assertThat(OutOfMemory.sentence("import", 247L * 1024 * 1024))
                .isEqualTo("restwise: not enough memory to run \"import\" in a 247 MB Java heap; try RESTWISE_JAVA_OPTS=-Xmx512m");
        assertThat(OutOfMemory.sentence("import", 61L * 1024 * 1024)).endsWith("-Xmx128m");
    }
}
