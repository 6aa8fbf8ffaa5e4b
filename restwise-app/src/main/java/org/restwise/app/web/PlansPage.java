package org.restwise.app.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.plan.FinishTime;
import org.restwise.app.plan.JournalRaces;
import org.restwise.app.plan.RecentWeeks;
import org.restwise.core.activity.SessionType;
import org.restwise.core.journal.LoggedSession;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.core.plan.PlanDay;
import org.restwise.core.plan.PostRacePlanSettings;
import org.restwise.core.plan.PostRacePlanner;
import org.restwise.core.plan.RaceEffort;
import org.restwise.core.plan.RecoveryWeekPlanner;
import org.restwise.core.plan.WeeklyVolume;
import org.restwise.core.plan.RecentTraining;
import org.restwise.core.plan.RecoveryWeekSettings;
import org.restwise.core.units.Lengths;
import org.restwise.core.units.Measures;
import org.restwise.app.access.Journals;
import org.restwise.core.journal.SessionEntry;

/**
 * The Plans page: the way back from a race (a logged one, or figures typed in) and a recovery week
 * scaled from recent training, both from the {@code restwise plan} planners in core. Forms are sent
 * with GET, so a plan is a link.
 */
public final class PlansPage {

    static final List<String> FIELDS = List.of("race", "distance", "ascent", "descent", "finishTime", "raceDate",
            "weeklyMinutes", "runsPerWeek", "runningNotTolerated", "volumePercent", "start");
    /** Every parameter a plan form sends: its fields and which plan it is. */
    private static final List<String> SENT = Stream.concat(FIELDS.stream(), Stream.of("plan")).toList();
    /** How far back a logged race is offered. */
    static final int RACE_LOOKBACK_DAYS = 120;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    /** A plan as the page shows it. */
    public record Plan(String title, List<String> notes, List<PlanDay> days) {

        public String date(PlanDay day) {
            return DAY.format(day.date());
        }

        public String movement(PlanDay day) {
            if (day.modalities().isEmpty()) {
                return "";
            }
            return day.modalities().stream().map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .collect(Collectors.joining(", "))
                    + (day.minutes().max() == 0 ? "" : ", " + day.minutes().min() + "–" + day.minutes().max() + " min");
        }
    }

    /** The page's model. */
    public record View(Form form, String which, Optional<Plan> plan, List<Choices.Option> races, boolean imperial) {

        public boolean shows(String name) {
            return which.equals(name) && plan.isPresent();
        }

        public String distanceUnit() {
            return imperial ? "miles" : "km";
        }

        public String elevationUnit() {
            return imperial ? "feet" : "metres";
        }
    }

    private final Journals journals;
    private final Clock clock;
    private final Pages pages;

    PlansPage(Journals journals, Clock clock, Pages pages) {
        this.journals = journals;
        this.clock = clock;
        this.pages = pages;
    }

    void show(Context ctx) {
        LocalDate today = LocalDate.now(clock);
        boolean imperial = Asking.ownJournal(journals, ctx).read(j -> j.profile().find()).orElse(RunnerProfile.EMPTY).units()
                == RunnerProfile.Units.IMPERIAL;
        List<SessionEntry> recent = Asking.ownJournal(journals, ctx).read(j -> j.sessions().between(today.minusDays(RACE_LOOKBACK_DAYS), today));
        Map<String, String> values = new LinkedHashMap<>(Form.read(ctx.queryParamMap(), FIELDS));
        String which = Optional.ofNullable(ctx.queryParam("plan")).orElse("");
        if (which.isEmpty()) {
            values.put("runsPerWeek", "4");
            values.put("volumePercent", "55");
            recentWeeks(recent, today).ifPresent(weeks -> {
                values.put("weeklyMinutes", String.join(", ", weeks.stream().map(w -> String.valueOf(Math.round(w.minutes()))).toList()));
                values.put("runsPerWeek", String.valueOf(Math.round(weeks.stream().mapToInt(WeeklyVolume::runs).average().orElse(4))));
            });
        }
        List<Choices.Option> races = races(recent);
        Form form = Form.of(values);
        try {
            Form.requireOnce(ctx.queryParamMap(), SENT);
            Optional<Plan> plan = switch (which) {
                case "post-race" -> Optional.of(postRace(values, recent, today, imperial));
                case "recovery-week" -> Optional.of(recoveryWeek(values, today, Asking.ownJournal(journals, ctx)));
                default -> Optional.empty();
            };
            pages.render(ctx, "plans.jte", new View(form, which, plan, races, imperial));
        } catch (InputFieldException e) {
            pages.render(ctx, "plans.jte", new View(form.refused(e, FIELDS), which, Optional.empty(), races, imperial));
        }
    }

    private Plan postRace(Map<String, String> v, List<SessionEntry> recent, LocalDate today, boolean imperial) {
        RaceEffort race;
        LocalDate raceDate;
        if (v.containsKey("race")) {
            LoggedSession s = recent.stream().filter(e -> String.valueOf(e.id()).equals(v.get("race"))).findFirst()
                    .orElseThrow(() -> new InputFieldException("race", "no logged race with id " + v.get("race")))
                    .session();
            double km = s.distanceKm().orElseThrow(() -> new InputFieldException("race",
                    "that race has no distance logged: type its figures instead"));
            double up = s.ascentM().orElse(0.0);
            race = build("race", () -> new RaceEffort(km, up, s.descentM().orElse(up),
                    Optional.of(Duration.ofMinutes(s.minutes()))));
            raceDate = s.date();
        } else {
            double distance = number(v, "distance", true);
            double ascent = v.containsKey("ascent") ? number(v, "ascent", false) : 0;
            double descent = v.containsKey("descent") ? number(v, "descent", false) : ascent;
            double km = imperial ? Lengths.milesToKilometres(distance) : distance;
            double up = imperial ? Lengths.feetToMetres(ascent) : ascent;
            double down = imperial ? Lengths.feetToMetres(descent) : descent;
            Optional<Duration> finish = FinishTime.parse("finishTime", v.get("finishTime"));
            race = build("distance", () -> new RaceEffort(km, up, down, finish));
            raceDate = v.containsKey("raceDate") ? date("raceDate", v.get("raceDate")) : today;
        }
        var plan = new PostRacePlanner(PostRacePlanSettings.DEFAULTS).plan(race, raceDate, Measures.of(imperial));
        return new Plan("Back from the race of " + DAY.format(raceDate), plan.notes(), plan.days());
    }

    private Plan recoveryWeek(Map<String, String> v, LocalDate today, org.restwise.app.access.AthleteJournal journal) {
        List<Double> minutes = new ArrayList<>();
        for (String week : v.getOrDefault("weeklyMinutes", "").split("[,;\\s]+")) {
            if (!week.isBlank()) {
                minutes.add(CheckInForm.number("weeklyMinutes", week, false).doubleValue());
            }
        }
        int runs = v.containsKey("runsPerWeek") ? (int) number(v, "runsPerWeek", true) : 4;
        double percent = v.containsKey("volumePercent") ? number(v, "volumePercent", false) : 55;
        RecentWeeks.checkVolumePercent("volumePercent", percent);
        RecentWeeks.checkRunsPerWeek("runsPerWeek", runs);
        boolean notTolerated = v.containsKey("runningNotTolerated") && Form.ticked("runningNotTolerated", v.get("runningNotTolerated"));
        LocalDate first = v.containsKey("start") ? date("start", v.get("start"))
                : today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var plan = new RecoveryWeekPlanner(new RecoveryWeekSettings(percent / 100, 1))
                .plan(RecentWeeks.of("weeklyMinutes", minutes, runs, first), !notTolerated, first, JournalRaces.before(journal, first));
        return new Plan("Recovery week from " + DAY.format(first), plan.notes(), plan.days());
    }

    /**
     * The journal's last weeks as the terminal's {@code plan recovery-week} reads them
     * ({@link RecentTraining#weeks}: recovery sessions are not training), oldest first, so both
     * plan from the same minutes; empty when nothing was logged.
     */
    static Optional<List<WeeklyVolume>> recentWeeks(List<SessionEntry> recent, LocalDate today) {
        List<WeeklyVolume> weeks = RecentTraining.weeks(recent.stream().map(SessionEntry::session).toList(), today,
                RecentTraining.WEEKS);
        return weeks.stream().allMatch(w -> w.minutes() == 0) ? Optional.empty() : Optional.of(weeks);
    }

    private static List<Choices.Option> races(List<SessionEntry> recent) {
        List<Choices.Option> options = new ArrayList<>();
        options.add(new Choices.Option("", "None: I'll type the figures"));
        recent.stream().filter(e -> e.session().trainingType()
                        .filter(t -> t == SessionType.ULTRA_RACE || t == SessionType.HUNDRED_MILE_RACE).isPresent())
                .forEach(e -> options.add(new Choices.Option(String.valueOf(e.id()), DAY.format(e.session().date()) + " · "
                        + JournalPage.typeLabel(e.session().typeName())
                        + e.session().distanceKm().map(km -> String.format(Locale.ROOT, " · %.0f km", km)).orElse(""))));
        return options;
    }

    private static double number(Map<String, String> v, String name, boolean required) {
        String text = v.get(name);
        if (text == null) {
            throw new InputFieldException(name, "must be given");
        }
        return CheckInForm.number(name, text, false).doubleValue();
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputFieldException(field, "must be a date like 2026-11-29, got \"" + text + "\"");
        }
    }

    private static <T> T build(String field, java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            throw e instanceof InputFieldException ? e : new InputFieldException(field, e.getMessage());
        }
    }
}
