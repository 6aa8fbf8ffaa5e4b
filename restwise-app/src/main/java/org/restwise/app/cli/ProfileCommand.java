package org.restwise.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlainText;
import org.restwise.app.json.ProfileJson;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.journal.RunnerProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.restwise.app.journal.ProfileUpdate;

/** {@code restwise profile set|show}: who the runner is; fills check-ins that leave values out. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "Show or change the runner's profile; its heart rates and usual soreness days fill check-ins that leave them out.",
        subcommands = {ProfileCommand.Set.class, ProfileCommand.Show.class})
public final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change the values given; keep the others.")
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Option(names = "--name", description = "What Restwise calls you.") String name;
        @Option(names = "--max-hr", paramLabel = "BPM",
                description = "Your maximum heart rate, measured or from a race finish; it sets the easy-movement range.")
        Integer maxHeartRate;
        @Option(names = "--resting-hr", paramLabel = "BPM",
                description = "Your usual resting heart rate, taken lying down on waking; it must be below the maximum.")
        Integer restingHeartRate;
        @Option(names = "--threshold-hr", paramLabel = "BPM", description = "Heart rate at lactate threshold.")
        Integer thresholdHeartRate;
        @Option(names = "--usual-doms-days", paramLabel = "DAYS", description = "How many days your soreness usually lasts.")
        Integer usualDomsDays;
        @Option(names = "--sex", paramLabel = "female|male|other",
                description = "Used only by the heart-rate load formula (TRIMP), whose weighting differs by sex.")
        String sex;
        @Option(names = "--units", paramLabel = "metric|imperial",
                description = "Kilometres and metres, or miles and feet, for everything Restwise shows you.")
        String units;

        @Override
        public Integer call() {
            RunnerProfile changes = new RunnerProfile(PlainText.require("--name", Optional.ofNullable(name)),
                    Optional.ofNullable(sex).map(s -> parse("--sex", s, RunnerProfile.Sex.class)),
                    Optional.ofNullable(units).map(u -> parse("--units", u, RunnerProfile.Units.class))
                            .orElse(RunnerProfile.Units.METRIC),
                    athlete());
            Saved saved = database.journal().write(journal -> {
                RunnerProfile updated = withOptionNames(() -> journal.profile().find().orElse(RunnerProfile.EMPTY)
                        .updatedWith(changes, units != null));
                return new Saved(updated, ProfileUpdate.save(journal, updated));
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println(Json.pretty(ProfileJson.write(saved.profile())));
            // On standard error, so the profile's JSON on standard output stays JSON.
            ProfileUpdate.retypeHint(saved.retypes()).ifPresent(hint -> spec.commandLine().getErr()
                    .println("restwise: " + hint + "; `restwise sessions retype --dry-run` shows which."));
            return 0;
        }

        /** The profile as saved, and how many imported sessions would now read as another type. */
        private record Saved(RunnerProfile profile, long retypes) {
        }

        private AthleteProfile athlete() {
            return withOptionNames(() -> new AthleteProfile(Optional.ofNullable(maxHeartRate),
                    Optional.ofNullable(restingHeartRate), Optional.ofNullable(thresholdHeartRate),
                    Optional.ofNullable(usualDomsDays)).requireConsistentHeartRates());
        }

        private static <T> T withOptionNames(java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (IllegalArgumentException e) {
                throw HeartRateOptions.refusal(e);
            }
        }

        private static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
            try {
                return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UserInputException(option + " must be one of "
                        + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                                .collect(java.util.stream.Collectors.joining(", "))
                        + ", got \"" + value + "\"");
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show the profile.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Option(names = "--json", description = "Print JSON instead of text.") boolean json;

        @Override
        public Integer call() {
            RunnerProfile profile = database.journal().read(j -> j.profile().find()).orElse(RunnerProfile.EMPTY);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Json.pretty(ProfileJson.write(profile)));
                return 0;
            }
            // A name stored before names were checked (or restored from such a backup) is shown escaped.
            out.println("Name:                " + profile.name().map(TerminalText::escaped).orElse("-"));
            out.println("Sex:                 " + profile.sex().map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("-"));
            out.println("Units:               " + profile.units().name().toLowerCase(Locale.ROOT));
            out.println("Max heart rate:      " + bpm(profile.athlete().maxHeartRate()));
            out.println("Resting heart rate:  " + bpm(profile.athlete().restingHeartRate()));
            out.println("Threshold HR:        " + bpm(profile.athlete().lactateThresholdHeartRate()));
            out.println("Usual soreness days: " + profile.athlete().usualDomsDays().map(String::valueOf)
                    .orElse("- (learned from your check-ins when you have enough)"));
            return 0;
        }

        private static String bpm(Optional<Integer> value) {
            return value.map(v -> v + " bpm").orElse("-");
        }
    }
}
