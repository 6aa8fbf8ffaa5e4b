package org.restwise.store;

import static org.restwise.store.Columns.nameOrNull;
import static org.restwise.store.Columns.optionalDouble;
import static org.restwise.store.Columns.optionalEnum;
import static org.restwise.store.Columns.optionalInt;
import static org.restwise.store.Columns.orNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.restwise.core.activity.SessionType;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.advice.RedFlag;
import org.restwise.core.advice.Scenario;
import org.restwise.core.checkin.AthleteProfile;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Context;
import org.restwise.core.checkin.Signals;
import org.restwise.core.checkin.TenMinuteTest;
import org.restwise.core.checkin.TimeOfDay;
import org.restwise.core.checkin.TrainingBlock;
import org.restwise.core.journal.StoredCheckIn;

/** Check-ins, one per date, each with the decision it led to. */
public final class CheckInRepository {

    /** What derivation and history need; the stored advice output (kilobytes of JSON each) is left out. */
    private static final String ENTRY_COLUMNS = "check_in_date, max_hr, resting_hr, threshold_hr, usual_doms_days,"
            + " last_session, hours_since_last_session, next_hard_effort_in_hours, training_block, time_of_day,"
            + " doms_days, recovery_sessions_left_flatter, weeks_of_persistent_fatigue, soreness, heavy_legs,"
            + " stiffness, swelling, sharp_pain, one_sided_pain, altered_gait, symptoms_worsening, sleep_hours,"
            + " short_sleep_nights, low_mood, unusual_hunger, easy_effort_feels_expensive, irritability,"
            + " low_motivation, ill, urge_to_earn_recovery, ten_minute_test, decision, state, scenarios,"
            + " red_flags, puffy_legs";
    private static final String COLUMNS = ENTRY_COLUMNS + ", advice_json";

    private final Handle handle;

    CheckInRepository(Handle handle) {
        this.handle = handle;
    }

    /**
     * Stores a check-in (as the runner gave it) and its decision; a check-in already stored for the
     * same date is replaced and keeps its id. Returns the id.
     */
    public long save(CheckIn checkIn, Decision decision, LimiterState state, List<Scenario> scenarios,
            List<RedFlag> redFlags, String adviceJson) {
        String params = ":" + COLUMNS.replace(" ", "").replace(",", ",:");
        String updates = String.join(",", java.util.Arrays.stream(COLUMNS.split(","))
                .map(String::strip)
                .filter(c -> !c.equals("check_in_date"))
                .map(c -> c + " = excluded." + c)
                .toArray(String[]::new));
        // One statement both databases understand, so two processes saving the same date never race.
        return handle.createQuery("INSERT INTO check_in (" + COLUMNS + ") VALUES (" + params + ")"
                        + " ON CONFLICT (check_in_date) DO UPDATE SET " + updates + " RETURNING id")
                .bind("check_in_date", checkIn.date().toString())
                .bindByType("max_hr", orNull(checkIn.athlete().maxHeartRate()), Integer.class)
                .bindByType("resting_hr", orNull(checkIn.athlete().restingHeartRate()), Integer.class)
                .bindByType("threshold_hr", orNull(checkIn.athlete().lactateThresholdHeartRate()), Integer.class)
                .bindByType("usual_doms_days", orNull(checkIn.athlete().usualDomsDays()), Integer.class)
                .bind("last_session", nameOrNull(checkIn.context().lastSession()))
                .bindByType("hours_since_last_session", orNull(checkIn.context().hoursSinceLastSession()), Double.class)
                .bindByType("next_hard_effort_in_hours", orNull(checkIn.context().nextHardEffortInHours()), Double.class)
                .bind("training_block", nameOrNull(checkIn.context().trainingBlock()))
                .bind("time_of_day", nameOrNull(checkIn.context().timeOfDay()))
                .bindByType("doms_days", orNull(checkIn.context().domsDays()), Integer.class)
                .bindByType("recovery_sessions_left_flatter", orNull(checkIn.context().recoverySessionsLeftFlatter()), Integer.class)
                .bindByType("weeks_of_persistent_fatigue", orNull(checkIn.context().weeksOfPersistentFatigue()), Integer.class)
                .bind("soreness", checkIn.signals().soreness())
                .bind("heavy_legs", checkIn.signals().heavyLegs())
                .bind("stiffness", checkIn.signals().stiffness())
                .bind("puffy_legs", checkIn.signals().puffyLegs())
                .bind("swelling", checkIn.signals().swelling())
                .bind("sharp_pain", checkIn.signals().sharpPain())
                .bind("one_sided_pain", checkIn.signals().oneSidedPain())
                .bind("altered_gait", checkIn.signals().alteredGait())
                .bind("symptoms_worsening", checkIn.signals().symptomsWorsening())
                .bindByType("sleep_hours", orNull(checkIn.signals().sleepHours()), Double.class)
                .bind("short_sleep_nights", checkIn.signals().shortSleepNights())
                .bind("low_mood", checkIn.signals().lowMood())
                .bind("unusual_hunger", checkIn.signals().unusualHunger())
                .bind("easy_effort_feels_expensive", checkIn.signals().easyEffortFeelsExpensive())
                .bind("irritability", checkIn.signals().irritability())
                .bind("low_motivation", checkIn.signals().lowMotivation())
                .bind("ill", checkIn.signals().ill())
                .bind("urge_to_earn_recovery", checkIn.signals().urgeToEarnRecovery())
                .bind("ten_minute_test", checkIn.signals().tenMinuteTest().name())
                .bind("decision", decision.name())
                .bind("state", state.name())
                .bind("scenarios", Columns.joinNames(scenarios))
                .bind("red_flags", Columns.joinNames(redFlags))
                .bind("advice_json", adviceJson)
                .mapTo(Long.class)
                .one();
    }

    /** Replaces the stored advice output, once it carries the check-in's id. */
    public void replaceAdviceJson(long id, String adviceJson) {
        handle.createUpdate("UPDATE check_in SET advice_json = :json WHERE id = :id")
                .bind("json", adviceJson)
                .bind("id", id)
                .execute();
    }

    public Optional<SavedCheckIn> onDate(LocalDate date) {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM check_in WHERE check_in_date = :date")
                .bind("date", date.toString())
                .map(CheckInRepository::row)
                .findOne();
    }

    /** Check-ins dated from {@code first} to {@code last} inclusive, oldest first. */
    public List<SavedCheckIn> between(LocalDate first, LocalDate last) {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM check_in"
                        + " WHERE check_in_date >= :first AND check_in_date <= :last ORDER BY check_in_date")
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map(CheckInRepository::row)
                .list();
    }

    /**
     * Check-ins dated from {@code first} to {@code last} inclusive, oldest first, without their
     * stored advice output: what a new check-in's derivation reads, on every check-in.
     */
    public List<StoredCheckIn> entriesBetween(LocalDate first, LocalDate last) {
        return handle.createQuery("SELECT id, " + ENTRY_COLUMNS + " FROM check_in"
                        + " WHERE check_in_date >= :first AND check_in_date <= :last ORDER BY check_in_date")
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> entry(rs))
                .list();
    }

    /** Every check-in, oldest first. */
    public List<SavedCheckIn> all() {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM check_in ORDER BY check_in_date")
                .map(CheckInRepository::row)
                .list();
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM check_in").mapTo(Integer.class).one();
    }

    private static SavedCheckIn row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SavedCheckIn(entry(rs), rs.getString("advice_json"));
    }

    private static StoredCheckIn entry(ResultSet rs) throws SQLException {
        AthleteProfile athlete = new AthleteProfile(optionalInt(rs, "max_hr"), optionalInt(rs, "resting_hr"),
                optionalInt(rs, "threshold_hr"), optionalInt(rs, "usual_doms_days"));
        Context context = new Context(
                optionalEnum(rs, "last_session", SessionType.class),
                optionalDouble(rs, "hours_since_last_session"),
                optionalDouble(rs, "next_hard_effort_in_hours"),
                optionalEnum(rs, "training_block", TrainingBlock.class),
                optionalEnum(rs, "time_of_day", TimeOfDay.class),
                optionalInt(rs, "doms_days"),
                optionalInt(rs, "recovery_sessions_left_flatter"),
                optionalInt(rs, "weeks_of_persistent_fatigue"));
        Signals signals = Signals.builder()
                .soreness(rs.getInt("soreness"))
                .heavyLegs(rs.getBoolean("heavy_legs"))
                .stiffness(rs.getBoolean("stiffness"))
                .puffyLegs(rs.getBoolean("puffy_legs"))
                .swelling(rs.getBoolean("swelling"))
                .sharpPain(rs.getBoolean("sharp_pain"))
                .oneSidedPain(rs.getBoolean("one_sided_pain"))
                .alteredGait(rs.getBoolean("altered_gait"))
                .symptomsWorsening(rs.getBoolean("symptoms_worsening"))
                .sleepHours(optionalDouble(rs, "sleep_hours"))
                .shortSleepNights(rs.getInt("short_sleep_nights"))
                .lowMood(rs.getBoolean("low_mood"))
                .unusualHunger(rs.getBoolean("unusual_hunger"))
                .easyEffortFeelsExpensive(rs.getBoolean("easy_effort_feels_expensive"))
                .irritability(rs.getBoolean("irritability"))
                .lowMotivation(rs.getBoolean("low_motivation"))
                .ill(rs.getBoolean("ill"))
                .urgeToEarnRecovery(rs.getBoolean("urge_to_earn_recovery"))
                .tenMinuteTest(TenMinuteTest.valueOf(rs.getString("ten_minute_test")))
                .build();
        CheckIn checkIn = new CheckIn(LocalDate.parse(rs.getString("check_in_date")), athlete, context, signals);
        return new StoredCheckIn(rs.getLong("id"), checkIn,
                Decision.valueOf(rs.getString("decision")),
                LimiterState.valueOf(rs.getString("state")),
                Columns.splitNames(rs.getString("scenarios"), Scenario::valueOf),
                Columns.splitNames(rs.getString("red_flags"), RedFlag::valueOf));
    }
}
