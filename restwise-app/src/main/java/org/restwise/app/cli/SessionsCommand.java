package org.restwise.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.restwise.app.journal.SessionCorrection;
import org.restwise.app.json.CheckInJson;
import org.restwise.app.json.Json;
import org.restwise.app.json.SessionJson;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.journal.SessionEntry;
import org.restwise.core.units.Lengths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code restwise sessions}: lists logged sessions; {@code edit} and {@code delete} correct them by id, {@code retype} reads imported ones again. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "List the sessions logged in the last days; correct or delete one by its id, or read the types of imported ones again.",
        subcommands = {SessionsCommand.Edit.class, SessionsCommand.Delete.class, RetypeCommand.class})
public final class SessionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    DatabaseOption database;
    @Option(names = "--json", description = "Print JSON instead of a table.") boolean json;
    @Mixin
    RecentDaysOption window;

    @Override
    public Integer call() {
        LocalDate today = LocalDate.now();
        List<SessionEntry> sessions = database.journal().read(j -> j.sessions().between(window.firstDay(today), today));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = Json.mapper().createArrayNode();
            sessions.forEach(s -> array.add(SessionJson.write(Optional.of(s.id()), s.session())));
            out.println(Json.pretty(array));
            return 0;
        }
        if (sessions.isEmpty()) {
            out.println("No sessions logged in the last " + window.days + " days. Record one with, for example: restwise log --type easy --minutes 40 --rpe 3");
            return 0;
        }
        boolean imperial = database.journal().read(j -> j.profile().find())
                .map(p -> p.units() == RunnerProfile.Units.IMPERIAL).orElse(false);
        out.printf("%5s  %-10s  %-5s  %-17s  %5s  %3s  %7s  %6s  %7s  %s%n",
                "id", "date", "start", "type", "min", "rpe", imperial ? "mi" : "km", imperial ? "up ft" : "up m",
                imperial ? "down ft" : "down m", "recovery");
        for (SessionEntry entry : sessions) {
            LoggedSession s = entry.session();
            out.printf("%5d  %-10s  %-5s  %-17s  %5d  %3s  %7s  %6s  %7s  %s%n", entry.id(), s.date(),
                    s.start().map(t -> t.toLocalTime().toString()).orElse("-"), typeOption(s.typeName()), s.minutes(),
                    s.rpe().map(String::valueOf).orElse("-"),
                    number(s.distanceKm().map(km -> imperial ? Lengths.kilometresToMiles(km) : km)),
                    number(s.ascentM().map(m -> imperial ? (double) Math.round(Lengths.metresToFeet(m)) : m)),
                    number(s.descentM().map(m -> imperial ? (double) Math.round(Lengths.metresToFeet(m)) : m)),
                    s.recovery().map(r -> typeOption(r.modality().name())
                            + r.loosenedWithinTenMinutes().map(l -> l ? ", loosened" : ", did not loosen").orElse("")
                            + r.leftFlatter().map(f -> f ? ", left flatter" : ", not flatter").orElse("")
                            + r.mediumWork().map(why -> ", this turned into medium work: " + why).orElse("")).orElse(""));
        }
        return 0;
    }

    private static String number(Optional<Double> value) {
        return value.map(v -> v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(java.util.Locale.ROOT, "%.1f", v))
                .orElse("-");
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Correct a session: only what you give changes, the rest stays as it was.",
                "With options (restwise sessions edit 12 --type long-run --rpe 6), or with --json FILE holding"
                    + " just the fields to change ({\"type\": \"LONG_RUN\"}); null clears an optional field.",
                "Prints the corrected session."})
    static final class Edit implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "ID", description = "The session's id, as restwise sessions lists it.") long id;
        @Option(names = "--json", paramLabel = "FILE",
                description = "The fields to change, as JSON (the fields of log); - reads standard input.")
        String file;
        @Mixin
        SessionOptions fields;

        @Override
        public Integer call() {
            if (file == null && !fields.anyGiven()) {
                throw new UserInputException("say what to change, for example --type long-run or --rpe 6, or give --json FILE");
            }
            if (file != null && fields.anyGiven()) {
                throw new UserInputException("give the changes either with --json or with options such as --type, not both");
            }
            ObjectNode changes = file == null ? null : CheckInJson.readObject(InputSource.read(file, System.in));
            // Read, corrected and stored in one transaction: a concurrent edit cannot be half undone.
            // An imported session keeps its activity: its heart rate and pace judge a correction to RECOVERY.
            Optional<LoggedSession> replaced = database.journal().write(j -> {
                Optional<SessionEntry> stored = j.sessions().find(id);
                if (stored.isEmpty()) {
                    return Optional.<LoggedSession>empty();
                }
                ObjectNode json = SessionJson.write(Optional.empty(), stored.get().session());
                json.remove("id");
                if (changes != null) {
                    merge(json, changes);
                } else {
                    fields.applyTo(json);
                }
                LoggedSession corrected = changes != null ? SessionOptions.readJson(json) : SessionOptions.read(json);
                return SessionCorrection.correct(j, id, corrected, SessionsCommand::typeWords);
            });
            if (replaced.isEmpty()) {
                throw new UserInputException("no session with id " + id + " (restwise sessions lists them with their ids)");
            }
            spec.commandLine().getOut().println(Json.pretty(SessionJson.write(Optional.of(id), replaced.get())));
            return 0;
        }

        /** The changes over the stored fields; a recovery block is merged field by field, null clearing. */
        static void merge(ObjectNode stored, ObjectNode changes) {
            changes.properties().forEach(field -> {
                JsonNode old = stored.get(field.getKey());
                if (field.getKey().equals("recovery") && field.getValue().isObject() && old != null && old.isObject()) {
                    ((ObjectNode) old).setAll((ObjectNode) field.getValue());
                } else {
                    stored.set(field.getKey(), field.getValue());
                }
            });
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a session by its id.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        DatabaseOption database;
        @Parameters(paramLabel = "ID", description = "The session's id, as `restwise sessions` lists it.") long id;

        @Override
        public Integer call() {
            boolean deleted = database.journal().write(j -> j.sessions().delete(id));
            if (!deleted) {
                throw new UserInputException("no session with id " + id);
            }
            spec.commandLine().getOut().println("Deleted session " + id + ".");
            return 0;
        }
    }

    /** A session type as {@code --type} takes it: "long-run". */
    static String typeOption(String typeName) {
        return typeName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A session type in words for a sentence: "long run". */
    static String typeWords(String typeName) {
        return typeName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
