package org.restwise.core.journal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.restwise.core.activity.SessionType;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Range;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TrainingBlock;
import org.restwise.core.load.DailyLoad;
import org.restwise.core.load.LoadSpike;

/**
 * Fills what a check-in leaves out from the runner's profile and journal. Given values always win;
 * the profile comes next; the journal last. Every filled value says where it came from.
 *
 * <p>Pure: the journal and the moment of asking are arguments.
 */
public final class ContextDerivation {

    /** Soreness from this score up (0–10) is "real": it changes how the runner moves, not just a twinge. */
    public static final int REAL_SORENESS = 4;
    /** A hard session older than this no longer shapes today's recovery. */
    public static final int HARD_SESSION_LOOKBACK_DAYS = 28;
    /** Recovery sessions counted for "consistently leaves you flatter" (the contract's last three). */
    public static final int RECENT_RECOVERY_SESSIONS = 3;
    public static final int RECOVERY_SESSION_LOOKBACK_DAYS = 28;
    /** Soreness episodes older than this say little about the runner's current normal. */
    public static final int SORENESS_EPISODE_LOOKBACK_DAYS = 180;
    /** One episode could be a fluke; two make a first estimate of what is normal. */
    public static final int EPISODES_TO_LEARN_USUAL_DOMS = 2;
    /** Under this many check-ins in a week we cannot call its fatigue persistent. */
    public static final int CHECK_INS_TO_JUDGE_A_WEEK = 3;
    /** Sleep below this is a short night (the contract's poor-sleep threshold). */
    public static final double SHORT_NIGHT_HOURS = 6.0;
    /** Days of check-ins read for the fatigue, irritability and poor sleep pattern. */
    public static final int PATTERN_LOOKBACK_DAYS = 7;
    public static final int PATTERN_MIN_DAYS = 2;

    /**
     * What the derivation reads of an earlier check-in: its date, soreness (sore days and episodes),
     * the two signs of fatigue (weeks of fatigue, the week's pattern), and sleep and irritability (the
     * week's pattern); everything else is left as not reported. A journal may hand {@link #derive}
     * only this much of each earlier check-in, and the derivation comes out the same: the store
     * reads six columns of each check-in in the window instead of all of them.
     */
    public static CheckIn asRead(CheckIn earlier) {
        Signals s = earlier.signals();
        return new CheckIn(earlier.date(), AthleteProfile.UNKNOWN, Context.UNKNOWN, Signals.builder()
                .soreness(s.soreness())
                .sleepHours(s.sleepHours())
                .easyEffortFeelsExpensive(s.easyEffortFeelsExpensive())
                .irritability(s.irritability())
                .lowMotivation(s.lowMotivation())
                .build());
    }

    /**
     * @param given the check-in as the runner reported it
     * @param profile the stored profile ({@link AthleteProfile#UNKNOWN} when none)
     * @param journal earlier check-ins and logged sessions; entries on or after the check-in's date
     *     and sessions starting after {@code asOf} are ignored
     * @param asOf the moment the check-in describes (now for today, a fixed hour for another day)
     */
    public DerivedCheckIn derive(CheckIn given, AthleteProfile profile, JournalHistory journal, LocalDateTime asOf) {
        LocalDate day = given.date();
        List<CheckIn> earlier = journal.checkIns().stream()
                .filter(c -> c.date().isBefore(day))
                .collect(Collectors.toList());
        List<LoggedSession> sessions = journal.sessions().stream()
                .filter(s -> !s.startOrAssumed().isAfter(asOf))
                .sorted(Comparator.comparing(LoggedSession::endOrAssumed).reversed())
                .collect(Collectors.toList());

        // Read once: the sore days before today and the episodes before them both come from it.
        SorenessHistory soreness = new SorenessHistory(earlier, REAL_SORENESS);
        Map<String, Provenance> contextSources = new LinkedHashMap<>();
        Context context = deriveContext(given, earlier, soreness, sessions, asOf, contextSources);
        Map<String, Provenance> athleteSources = new LinkedHashMap<>();
        AthleteProfile athlete = deriveAthlete(given, profile, soreness, athleteSources);
        Map<String, Provenance> signalSources = new LinkedHashMap<>();
        Signals signals = deriveSignals(given, earlier, signalSources);
        return new DerivedCheckIn(new CheckIn(day, athlete, context, signals), contextSources, athleteSources, signalSources);
    }

    private Context deriveContext(CheckIn given, List<CheckIn> earlier, SorenessHistory soreness,
            List<LoggedSession> sessions, LocalDateTime asOf, Map<String, Provenance> sources) {
        Context c = given.context();
        Optional<SessionType> named = c.lastSession();
        Optional<SessionType> lastSession = named;
        Optional<Double> hours = c.hoursSinceLastSession();
        LocalDateTime lookbackStart = asOf.minusDays(HARD_SESSION_LOOKBACK_DAYS);
        // When the runner names the session, time it from the latest logged one of that type.
        Predicate<LoggedSession> relevant = named.isPresent()
                ? s -> s.trainingType().equals(named)
                : LoggedSession::isHard;
        Optional<LoggedSession> latest = sessions.stream()
                .filter(relevant)
                .filter(s -> s.endOrAssumed().isAfter(lookbackStart))
                .findFirst();

        if (lastSession.isPresent()) {
            sources.put("lastSession", Provenance.given());
        } else if (latest.isPresent()) {
            lastSession = latest.get().trainingType();
            sources.put("lastSession", Provenance.derived("latest hard session logged: "
                    + inWords(lastSession.get().name()) + " on " + latest.get().date()));
        } else {
            sources.put("lastSession", Provenance.unknown(
                    "no hard session logged in the last " + HARD_SESSION_LOOKBACK_DAYS + " days"));
        }

        if (hours.isPresent()) {
            sources.put("hoursSinceLastSession", Provenance.given());
        } else if (latest.isPresent()) {
            LoggedSession session = latest.get();
            double since = Math.max(0, Duration.between(session.endOrAssumed(), asOf).toMinutes() / 60.0);
            hours = Optional.of(Math.round(since * 10) / 10.0);
            sources.put("hoursSinceLastSession", Provenance.derived("from the end of the " + inWords(session.typeName())
                    + " logged on " + session.date()
                    + (session.start().isPresent() ? "" : " (no start time logged: assumed " + LoggedSession.ASSUMED_START + ")")));
        } else {
            sources.put("hoursSinceLastSession", Provenance.unknown("no matching session logged"));
        }

        sources.put("nextHardEffortInHours", givenOrUnknown(c.nextHardEffortInHours()));
        DailyLoad load = LoadDerivation.load(sessions);
        Optional<TrainingBlock> block = c.trainingBlock();
        if (block.isPresent()) {
            sources.put("trainingBlock", Provenance.given());
        } else {
            LoadDerivation.Block fromLoad = LoadDerivation.trainingBlock(load, given.date());
            block = fromLoad.block();
            sources.put("trainingBlock", fromLoad.provenance());
        }
        sources.put("timeOfDay", givenOrUnknown(c.timeOfDay()));

        Optional<Integer> domsDays = c.domsDays();
        if (domsDays.isPresent()) {
            sources.put("domsDays", Provenance.given());
        } else {
            domsDays = Optional.of(domsDays(given, soreness));
            sources.put("domsDays", Provenance.derived(domsDays.get() == 0
                    ? "soreness today is below " + REAL_SORENESS + " of 10"
                    : "soreness of " + REAL_SORENESS + "+ of 10 on " + domsDays.get()
                            + " consecutive daily check-ins, today included"));
        }

        Optional<Integer> flatter = c.recoverySessionsLeftFlatter();
        if (flatter.isPresent()) {
            sources.put("recoverySessionsLeftFlatter", Provenance.given());
        } else {
            LocalDateTime since = asOf.minusDays(RECOVERY_SESSION_LOOKBACK_DAYS);
            List<LoggedSession> recent = sessions.stream()
                    .filter(LoggedSession::isRecovery)
                    .filter(s -> s.endOrAssumed().isAfter(since))
                    .limit(RECENT_RECOVERY_SESSIONS)
                    .collect(Collectors.toList());
            if (recent.isEmpty()) {
                sources.put("recoverySessionsLeftFlatter", Provenance.unknown(
                        "no recovery session logged in the last " + RECOVERY_SESSION_LOOKBACK_DAYS + " days"));
            } else {
                // A session that turned into medium work counts too: it leaves the body flatter unnoticed.
                int count = (int) recent.stream().filter(s -> s.recovery().orElseThrow().countsAsLeftFlatter()).count();
                int mediumWork = (int) recent.stream().filter(s -> s.recovery().orElseThrow().turnedIntoMediumWork()).count();
                flatter = Optional.of(count);
                sources.put("recoverySessionsLeftFlatter", Provenance.derived(
                        count + " of the last " + recent.size() + " logged recovery sessions left you flatter"
                        + (mediumWork == 0 ? "" : " or turned into medium work (" + mediumWork + ")")));
            }
        }

        Optional<Integer> weeks = c.weeksOfPersistentFatigue();
        if (weeks.isPresent()) {
            sources.put("weeksOfPersistentFatigue", Provenance.given());
        } else {
            weeks = FatigueWeeks.count(given, earlier, CHECK_INS_TO_JUDGE_A_WEEK);
            // Weeks of high strain stand for weeks of fatigue only when today's check-in shows fatigue:
            // the load says what was done, the check-in whether the body is coping.
            int strainWeeks = FatigueWeeks.fatigued(given.signals()) ? LoadDerivation.highStrainWeeks(load, given.date()) : 0;
            if (strainWeeks > weeks.orElse(0)) {
                sources.put("weeksOfPersistentFatigue", Provenance.derived(strainWeeks
                        + " consecutive week(s) of high strain in the journal (monotony " + LoadSpike.MONOTONY_HIGH
                        + " or more, so strain = weekly load × monotony is at least twice the week's load; Foster 1998),"
                        + " with fatigue in today's check-in (easy effort expensive or low motivation)"
                        + weeks.map(w -> "; check-ins alone show " + w).orElse("")
                        + ". Monotony is a flag for too little variation, not a diagnosis"));
                weeks = Optional.of(strainWeeks);
            } else {
                sources.put("weeksOfPersistentFatigue", weeks.isPresent()
                        ? Provenance.derived(weeks.get() + " consecutive week(s), counting back from today, with fatigue"
                                + " signs on at least two thirds of at least " + CHECK_INS_TO_JUDGE_A_WEEK + " check-ins")
                        : Provenance.unknown("fewer than " + CHECK_INS_TO_JUDGE_A_WEEK + " check-ins in the last 7 days"));
            }
        }

        return new Context(lastSession, hours, c.nextHardEffortInHours(), block, c.timeOfDay(),
                domsDays, flatter, weeks);
    }

    private static int domsDays(CheckIn given, SorenessHistory soreness) {
        if (given.signals().soreness() < REAL_SORENESS) {
            return 0;
        }
        // Soreness past the accepted range already raises the red flag at any usual length: count to its top.
        int days = 1 + soreness.soreDaysBefore(given.date());
        return (int) Math.min(days, Range.DAYS_OF_SORENESS.max());
    }

    private AthleteProfile deriveAthlete(CheckIn given, AthleteProfile profile, SorenessHistory soreness,
            Map<String, Provenance> sources) {
        AthleteProfile a = given.athlete();
        sources.put("maxHeartRate", fromGivenOrProfile(a.maxHeartRate(), profile.maxHeartRate()));
        sources.put("restingHeartRate", fromGivenOrProfile(a.restingHeartRate(), profile.restingHeartRate()));
        sources.put("lactateThresholdHeartRate",
                fromGivenOrProfile(a.lactateThresholdHeartRate(), profile.lactateThresholdHeartRate()));
        AthleteProfile merged = consistentWithProfile(a.orElse(profile));
        if (merged.usualDomsDays().isPresent()) {
            sources.put("usualDomsDays", fromGivenOrProfile(a.usualDomsDays(), profile.usualDomsDays()));
            return merged;
        }
        List<Integer> episodes = episodes(given, soreness);
        Optional<Integer> learned = usualDomsDays(episodes);
        if (learned.isEmpty()) {
            sources.put("usualDomsDays", Provenance.unknown("not in the profile, and fewer than "
                    + EPISODES_TO_LEARN_USUAL_DOMS + " finished soreness episodes in the journal to learn it from"));
            return merged;
        }
        sources.put("usualDomsDays", Provenance.derived("learned: the median length of your last "
                + episodes.size() + " soreness episodes (consecutive daily check-ins with soreness "
                + REAL_SORENESS + "+ of 10) in the last " + SORENESS_EPISODE_LOOKBACK_DAYS + " days"));
        return new AthleteProfile(merged.maxHeartRate(), merged.restingHeartRate(),
                merged.lactateThresholdHeartRate(), learned);
    }

    /**
     * A heart rate given today that contradicts one from the saved profile is refused like any other
     * contradiction: a target must never be computed from a threshold above the maximum.
     */
    private static AthleteProfile consistentWithProfile(AthleteProfile merged) {
        try {
            return merged.requireConsistentHeartRates();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " (one of the two comes from your saved profile:"
                    + " give both today, or correct the profile)", e);
        }
    }

    private static List<Integer> episodes(CheckIn given, SorenessHistory history) {
        LocalDate currentRunStart = given.signals().soreness() >= REAL_SORENESS
                ? given.date().minusDays(history.soreDaysBefore(given.date()))
                : given.date();
        return history.finishedEpisodes(given.date().minusDays(SORENESS_EPISODE_LOOKBACK_DAYS), currentRunStart);
    }

    /** The median episode length (the lower middle one for an even count: warn sooner, not later). */
    private static Optional<Integer> usualDomsDays(List<Integer> episodes) {
        List<Integer> lengths = episodes.stream().sorted().collect(Collectors.toList());
        if (lengths.size() < EPISODES_TO_LEARN_USUAL_DOMS) {
            return Optional.empty();
        }
        return Optional.of(lengths.get((lengths.size() - 1) / 2));
    }

    private Signals deriveSignals(CheckIn given, List<CheckIn> earlier, Map<String, Provenance> sources) {
        Signals s = given.signals();
        LocalDate since = given.date().minusDays(PATTERN_LOOKBACK_DAYS - 1L);
        List<Signals> week = earlier.stream()
                .filter(c -> !c.date().isBefore(since))
                .map(CheckIn::signals)
                .collect(Collectors.toList());
        week.add(s);
        int shortNights = (int) week.stream()
                .filter(w -> w.sleepHours().map(h -> h < SHORT_NIGHT_HOURS).orElse(false))
                .count();
        Signals.Builder derived = s.toBuilder();
        // The journal only ever adds a warning sign the runner's memory of the week may have dropped;
        // it never clears one they reported.
        if (shortNights > s.shortSleepNights()) {
            derived.shortSleepNights(shortNights);
            sources.put("shortSleepNights", Provenance.derived(shortNights + " night(s) under "
                    + (int) SHORT_NIGHT_HOURS + " h in the last " + PATTERN_LOOKBACK_DAYS + " days of check-ins"));
        }
        long irritableDays = week.stream().filter(Signals::irritability).count();
        long fatiguedDays = week.stream().filter(FatigueWeeks::fatigued).count();
        if (!s.irritability() && irritableDays >= PATTERN_MIN_DAYS && fatiguedDays >= PATTERN_MIN_DAYS
                && shortNights >= PATTERN_MIN_DAYS) {
            derived.irritability(true);
            sources.put("irritability", Provenance.derived("fatigue, irritability and poor sleep together in the last "
                    + PATTERN_LOOKBACK_DAYS + " days: irritable on " + irritableDays + ", fatigued on " + fatiguedDays
                    + ", " + shortNights + " short night(s)"));
        }
        return derived.build();
    }

    private static Provenance givenOrUnknown(Optional<?> value) {
        return value.isPresent() ? Provenance.given() : Provenance.unknown("not given; the journal cannot tell");
    }

    private static Provenance fromGivenOrProfile(Optional<Integer> given, Optional<Integer> profile) {
        if (given.isPresent()) {
            return Provenance.given();
        }
        return profile.isPresent() ? Provenance.profile() : Provenance.unknown("not given and not in the profile");
    }

    /** A session type as a runner says it: MOUNTAIN_RUN is "mountain run". */
    private static String inWords(String typeName) {
        return typeName.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
