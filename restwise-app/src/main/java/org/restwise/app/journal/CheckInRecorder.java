package org.restwise.app.journal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.TreeMap;
import org.restwise.app.json.BodyJson;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;
import org.restwise.core.body.normal.BodyReadout;
import org.restwise.core.body.normal.JumpTest;
import org.restwise.core.body.normal.RecordedBody;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.restwise.app.json.InputFieldException;
import org.restwise.app.json.Json;
import org.restwise.app.json.PlausibleDates;
import org.restwise.core.advice.Advice;
import org.restwise.core.advice.AdviceEngine;
import org.restwise.core.advice.Evidence;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.journal.ContextDerivation;
import org.restwise.core.journal.DerivedCheckIn;
import org.restwise.core.journal.JournalHistory;
import org.restwise.core.journal.Provenance;
import org.restwise.core.journal.RunnerProfile;
import org.restwise.store.AthleteRecords;
import org.restwise.app.access.AthleteJournal;
import org.restwise.core.journal.SavedCheckIn;

/**
 * A check-in taken all the way: completed from the profile and the journal, advised on, and stored
 * with its decision, in one transaction, so a concurrent writer never sees half of it.
 */
public final class CheckInRecorder {

    /** A check-in for another day than today is read as of midday on that day. */
    static final LocalTime OTHER_DAY_AS_OF = LocalTime.NOON;
    /** How far back the journal is read; the longest look-back in {@link ContextDerivation}. */
    static final int JOURNAL_DAYS = ContextDerivation.SORENESS_EPISODE_LOOKBACK_DAYS;

    /**
     * What was stored and what to print.
     *
     * @param output the advice output as a tree
     * @param json the same as stored and printed (pretty JSON), written once
     */
    public record Recorded(long checkInId, DerivedCheckIn derived, Advice advice, BodyReadout body, ObjectNode output, String json) {

        /** The values the journal or the profile filled in, by contract name, in contract order. */
        public Map<String, Provenance> filledIn() {
            Map<String, Provenance> filled = new LinkedHashMap<>();
            Stream.of(derived.context(), derived.athlete(), derived.signals())
                    .flatMap(m -> m.entrySet().stream())
                    .filter(e -> e.getValue().source() == Provenance.Source.DERIVED
                            || e.getValue().source() == Provenance.Source.PROFILE)
                    .forEach(e -> filled.put(e.getKey(), e.getValue()));
            return filled;
        }
    }

    private final AdviceEngine engine = new AdviceEngine();
    private final ContextDerivation derivation = new ContextDerivation();

    /** Refuses a date outside {@link PlausibleDates} before the journal is touched. */
    public Recorded record(AthleteJournal store, CheckIn given, LocalDateTime now) {
        return record(store, given, BodyByHand.NOTHING, now);
    }

    /**
     * As {@link #record(AthleteJournal, CheckIn, LocalDateTime)}, with what the runner measured
     * themselves: kept in the journal with the check-in, in the same transaction, and read with the
     * body's other signals for the day's advice.
     */
    public Recorded record(AthleteJournal store, CheckIn given, BodyByHand byHand, LocalDateTime now) {
        PlausibleDates.check("date", given.date(), now.toLocalDate());
        LocalDateTime asOf = given.date().equals(now.toLocalDate()) ? now : given.date().atTime(OTHER_DAY_AS_OF);
        // Decided on a read snapshot, outside the write lock, and only stored under it: SQLite's
        // writers take turns, and the derivation is most of a check-in's time. This is as if the
        // check-ins had come one by one, latest date first: a check-in reads only earlier days (and
        // sessions up to its own), so of two that overlap, at most one could have seen the other.
        Decided decided = store.read(journal -> decide(journal, given, byHand, asOf));
        Instant recordedAt = now.atZone(ZoneId.systemDefault()).toInstant();
        return store.write(journal -> {
            keepByHand(journal, given.date(), byHand, recordedAt);
            return save(journal, given, decided);
        });
    }

    /** A check-in's decision before it is stored: what it was completed with, and the output without its id. */
    private record Decided(DerivedCheckIn derived, Advice advice, BodyReadout body, ObjectNode output) {
    }

    private static void keepByHand(AthleteRecords journal, LocalDate date, BodyByHand byHand, Instant now) {
        WellnessDay typed = byHand.day(date);
        if (!typed.isEmpty()) {
            journal.bodyReadings().keep(typed, now);
        }
        byHand.jump().ifPresent(test -> journal.bodyReadings().keepJump(date, test, now));
    }

    /**
     * The day's body readout: every signal the journal kept, and what the runner typed in today,
     * read against their own normal. A journal without readings gives a readout with nothing in it.
     */
    static BodyReadout readout(AthleteRecords journal, LocalDate date, BodyByHand byHand) {
        LocalDate first = date.minusDays(RecordedBody.LOOK_BACK_DAYS);
        Map<LocalDate, WellnessDay> days = new TreeMap<>();
        journal.bodyReadings().daysBetween(first, date).forEach(day -> days.put(day.date(), day));
        WellnessDay typed = byHand.day(date);
        if (!typed.isEmpty()) {
            days.merge(date, typed, (kept, mine) -> mine.merge(kept));
        }
        Map<LocalDate, JumpTest> jumps = new TreeMap<>(journal.bodyReadings().jumpsBetween(first, date));
        byHand.jump().ifPresent(test -> jumps.merge(date, test,
                (kept, mine) -> mine.resultCm() > kept.resultCm() ? mine : kept));
        return BodyReadout.of(RecordedBody.history(days.values(), jumps, date), date,
                journal.profile().find().orElse(RunnerProfile.EMPTY).measures());
    }

    private static void refuseRestingAboveMaximum(BodyByHand byHand, AthleteProfile profile) {
        byHand.restingHeartRateBpm().ifPresent(bpm -> profile.maxHeartRate().ifPresent(max -> {
            if (bpm >= max) {
                throw new InputFieldException("body.restingHeartRateBpm", "must be below your maximum heart rate of "
                        + max + " bpm (from your profile), got " + bpm);
            }
        }));
    }

    /** The journal's derivation; a heart rate that contradicts the saved profile is refused naming the field. */
    private DerivedCheckIn derive(CheckIn given, AthleteProfile profile, JournalHistory history, LocalDateTime asOf) {
        return InputFieldException.fromCore(() -> derivation.derive(given, profile, history, asOf));
    }

    private Decided decide(AthleteRecords journal, CheckIn given, BodyByHand byHand, LocalDateTime asOf) {
        AthleteProfile profile = journal.profile().find().map(RunnerProfile::athlete).orElse(AthleteProfile.UNKNOWN);
        refuseRestingAboveMaximum(byHand, profile);
        LocalDate first = given.date().minusDays(JOURNAL_DAYS);
        JournalHistory history = new JournalHistory(
                journal.checkIns().asReadBetween(first, given.date().minusDays(1)),
                journal.sessions().between(first, given.date()).stream()
                        .map(entry -> entry.session()).collect(Collectors.toList()));
        DerivedCheckIn derived = derive(given, profile, history, asOf);
        BodyReadout body = readout(journal, given.date(), byHand);
        Advice advised = body.lines().isEmpty() ? engine.advise(derived.checkIn()) : engine.advise(derived.checkIn(), body);
        Advice advice = withJournalReasons(advised, derived);
        ObjectNode output = output(0, derived, advice);
        BodyJson.put(output, body);
        return new Decided(derived, advice, body, output);
    }

    private Recorded save(AthleteRecords journal, CheckIn given, Decided decided) {
        DerivedCheckIn derived = decided.derived();
        Advice advice = decided.advice();
        ObjectNode output = decided.output();
        // The given check-in is stored, not the completed one: tomorrow's derivation starts from what
        // the runner said, and a corrected session changes what is derived.
        // The output names the check-in's id: made for the id the journal gives it, and written once.
        String[] json = new String[1];
        long id = journal.checkIns().save(given, advice.decision(), advice.state(), advice.scenarios(),
                advice.redFlags(), forId -> {
                    output.put("checkInId", forId);
                    json[0] = Json.pretty(output);
                    return json[0];
                });
        return new Recorded(id, derived, advice, decided.body(), output, json[0]);
    }

    /** ACWR's sources, cited whenever the journal's load changed the day's context. */
    static final List<Evidence> LOAD_EVIDENCE = List.of(
            new Evidence("Gabbett TJ (2016). The training-injury prevention paradox: should athletes be training"
                    + " smarter and harder? Br J Sports Med.", "10.1136/bjsports-2015-095788"),
            new Evidence("Impellizzeri FM, Tenan MS, Kempton T, Novak A, Coutts AJ (2020). Acute:chronic workload"
                    + " ratio: conceptual issues and fundamental pitfalls. Int J Sports Physiol Perform.",
                    "10.1123/ijspp.2019-0864"),
            new Evidence("Foster C (1998). Monitoring training in athletes with reference to overtraining syndrome."
                    + " Med Sci Sports Exerc.", "10.1097/00005768-199807000-00023"));

    /**
     * What the journal inferred changes what the advice means: say how. A learned usual soreness
     * length, and a training block or weeks of fatigue read from the logged load, each with the
     * method and its limits.
     */
    private static Advice withJournalReasons(Advice advice, DerivedCheckIn derived) {
        List<String> reasons = new ArrayList<>(advice.reasons());
        List<Evidence> evidence = new ArrayList<>(advice.evidence());
        Provenance usual = derived.athlete().get("usualDomsDays");
        if (usual != null && usual.source() == Provenance.Source.DERIVED) {
            reasons.add("Your usual soreness of " + derived.checkIn().athlete().usualDomsDays().orElseThrow()
                    + " day(s) was " + usual.why() + "; set it with: restwise profile set --usual-doms-days N.");
        }
        boolean fromLoad = false;
        Provenance block = derived.context().get("trainingBlock");
        if (block != null && block.source() == Provenance.Source.DERIVED) {
            reasons.add("Your journal put you in a shock microcycle: " + block.why() + ".");
            fromLoad = true;
        }
        Provenance weeks = derived.context().get("weeksOfPersistentFatigue");
        if (weeks != null && weeks.source() == Provenance.Source.DERIVED && weeks.why().contains("high strain")) {
            reasons.add("Weeks of fatigue read from your training load: " + weeks.why() + ".");
            fromLoad = true;
        }
        if (fromLoad) {
            LOAD_EVIDENCE.stream().filter(e -> !evidence.contains(e)).forEach(evidence::add);
        }
        if (reasons.size() == advice.reasons().size()) {
            return advice;
        }
        return advice.withReasons(reasons, evidence);
    }

    static ObjectNode output(long id, DerivedCheckIn derived, Advice advice) {
        ObjectNode output = Json.mapper().valueToTree(advice);
        output.put("checkInId", id);
        output.put("date", derived.checkIn().date().toString());
        ObjectNode context = output.putObject("context");
        var c = derived.checkIn().context();
        put(context, "lastSession", c.lastSession().map(Enum::name), derived.context());
        put(context, "hoursSinceLastSession", c.hoursSinceLastSession(), derived.context());
        put(context, "nextHardEffortInHours", c.nextHardEffortInHours(), derived.context());
        put(context, "trainingBlock", c.trainingBlock().map(Enum::name), derived.context());
        put(context, "timeOfDay", c.timeOfDay().map(Enum::name), derived.context());
        put(context, "domsDays", c.domsDays(), derived.context());
        put(context, "recoverySessionsLeftFlatter", c.recoverySessionsLeftFlatter(), derived.context());
        put(context, "weeksOfPersistentFatigue", c.weeksOfPersistentFatigue(), derived.context());
        ObjectNode athlete = output.putObject("athlete");
        var a = derived.checkIn().athlete();
        put(athlete, "maxHeartRate", a.maxHeartRate(), derived.athlete());
        put(athlete, "restingHeartRate", a.restingHeartRate(), derived.athlete());
        put(athlete, "lactateThresholdHeartRate", a.lactateThresholdHeartRate(), derived.athlete());
        put(athlete, "usualDomsDays", a.usualDomsDays(), derived.athlete());
        ObjectNode signals = output.putObject("journalSignals");
        var s = derived.checkIn().signals();
        if (derived.signals().containsKey("shortSleepNights")) {
            put(signals, "shortSleepNights", Optional.of(s.shortSleepNights()), derived.signals());
        }
        if (derived.signals().containsKey("irritability")) {
            put(signals, "irritability", Optional.of(s.irritability()), derived.signals());
        }
        return output;
    }

    private static void put(ObjectNode parent, String field, Optional<?> value, Map<String, Provenance> sources) {
        ObjectNode entry = parent.putObject(field);
        entry.set("value", Json.mapper().valueToTree(value.orElse(null)));
        Provenance provenance = sources.get(field);
        entry.put("source", provenance.source().name().toLowerCase(Locale.ROOT));
        entry.put("why", provenance.why());
    }

    /** What the runner typed in themselves for {@code date} (the journal's own entries, not a device's). */
    public static BodyByHand typedOn(AthleteJournal store, LocalDate date) {
        return store.read(journal -> {
            Optional<WellnessDay> day = journal.bodyReadings().daysBetween(date, date).stream().findFirst();
            Optional<Double> rmssd = day.flatMap(WellnessDay::hrv).filter(h -> h.source() == WellnessSource.MANUAL)
                    .map(h -> h.value().rmssdMillis());
            Optional<Integer> resting = day.flatMap(WellnessDay::restingHeartRate)
                    .filter(r -> r.source() == WellnessSource.MANUAL).map(r -> r.value().bpm());
            Optional<JumpTest> jump = Optional.ofNullable(journal.bodyReadings().jumpsBetween(date, date).get(date));
            return new BodyByHand(rmssd, resting, jump);
        });
    }

    /** The stored output of the check-in for {@code date}, if any. */
    public static Optional<SavedCheckIn> stored(AthleteJournal store, LocalDate date) {
        return store.read(journal -> journal.checkIns().onDate(date));
    }
}
