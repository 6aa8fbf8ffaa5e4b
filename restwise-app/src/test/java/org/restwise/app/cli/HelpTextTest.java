package org.restwise.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's help is whole sentences: each command says what it does, each option and
 * parameter what it is for, and rendering help never makes picocli complain (an unescaped '%').
 */
class HelpTextTest {

    @Test
    void everyCommandSaysWhatItDoesInAWholeSentence() {
        List<String> faults = new ArrayList<>();
        for (CommandLine command : allCommands()) {
            String[] description = command.getCommandSpec().usageMessage().description();
            String text = String.join(" ", description).replace("%n", " ").trim();
            if (text.isEmpty()) {
                faults.add(name(command) + ": no description");
            } else if (!endsAsASentence(text)) {
                faults.add(name(command) + ": description stops mid-sentence: " + text);
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void everyOptionAndParameterHasAWholeSentenceSayingWhatItIsFor() {
        List<String> faults = new ArrayList<>();
        for (CommandLine command : allCommands()) {
            CommandSpec spec = command.getCommandSpec();
            List<ArgSpec> args = new ArrayList<>(spec.options());
            args.addAll(spec.positionalParameters());
            for (ArgSpec arg : args) {
                String label = name(command) + " " + label(arg);
                String text = String.join(" ", arg.description()).replace("%n", " ").trim();
                if (text.isEmpty()) {
                    faults.add(label + ": no description");
                } else if (!Character.isUpperCase(text.codePointAt(0))) {
                    faults.add(label + ": does not start as a sentence: " + text);
                } else if (!endsAsASentence(text)) {
                    faults.add(label + ": stops mid-sentence: " + text);
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void renderingEveryHelpPrintsNoWarning() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> faults = new ArrayList<>();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            for (CommandLine command : allCommands()) {
                String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
                if (usage.contains("%n") || usage.contains("%s")) {
                    faults.add(name(command) + ": a format escape shows in its help");
                }
            }
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(faults).isEmpty();
    }

    private static boolean endsAsASentence(String text) {
        return text.endsWith(".") || text.endsWith(".)") || text.endsWith("?") || text.endsWith(":");
    }

    private static String label(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private static String name(CommandLine command) {
        return command.getCommandSpec().qualifiedName(" ");
    }

    private static List<CommandLine> allCommands() {
        List<CommandLine> all = new ArrayList<>();
        collect(RestwiseCommand.commandLine(), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        for (CommandLine sub : command.getSubcommands().values()) {
            if (!into.contains(sub)) {
                collect(sub, into);
            }
        }
    }
}
