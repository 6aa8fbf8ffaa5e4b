package org.restwise.store;

import org.restwise.core.journal.SavedCheckIn;
import static org.restwise.store.Columns.optionalDouble;
import static org.restwise.store.Columns.optionalEnum;
import static org.restwise.store.Columns.optionalInt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.restwise.core.activity.SessionType;
import org.restwise.core.access.AthleteId;
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
import org.restwise.core.journal.ContextDerivation;
import org.restwise.core.journal.StoredCheckIn;

/** An athlete's check-ins, one per date, each with the decision it led to. */
public final class CheckInRepository {

    private static final String COLUMNS = "check_in_date, max_hr, resting_hr, threshold_hr, usual_doms_days,"
            + " last_session, hours_since_last_session, next_hard_effort_in_hours, training_block, time_of_day,"
            + " doms_days, recovery_sessions_left_flatter, weeks_of_persistent_fatigue, soreness, heavy_legs,"
            + " stiffness, swelling, sharp_pain, one_sided_pain, altered_gait, symptoms_worsening, sleep_hours,"
            + " short_sleep_nights, low_mood, unusual_hunger, easy_effort_feels_expensive, irritability,"
            + " low_motivation, ill, urge_to_earn_recovery, ten_minute_test, decision, state, scenarios,"
            + " red_flags, puffy_legs, advice_json";
    /** The columns of {@link ContextDerivation#asRead}, in the order {@link #asReadBetween} reads them. */
    private static final String AS_READ_BETWEEN = "SELECT check_in_date, soreness, sleep_hours,"
            + " easy_effort_feels_expensive, irritability, low_motivation FROM check_in"
            + " WHERE athlete_id = :athlete AND check_in_date >= :first AND check_in_date <= :last ORDER BY check_in_date";

    private final Handle handle;
    private final boolean sqlite;
    private final AthleteId athlete;

    CheckInRepository(Handle handle, boolean sqlite, AthleteId athlete) {
        this.handle = handle;
        this.sqlite = sqlite;
        this.athlete = athlete;
    }

    /**
     * Stores a check-in (as the runner gave it) and its decision; a check-in already stored for the
     * same date is replaced and keeps its id. Returns the id.
     */
    public long save(CheckIn checkIn, Decision decision, LimiterState state, List<Scenario> scenarios,
            List<RedFlag> redFlags, String adviceJson) {
        return CheckInUpsert.save(handle, athlete, Optional.empty(), checkIn, decision, state, scenarios, redFlags, adviceJson);
    }

    /**
     * {@link #save(CheckIn, Decision, LimiterState, List, List, String)} with an advice output that
     * names the check-in's id, in one statement: the id the journal gives the row (its date's when one
     * is stored, else the next, found as the database would) is asked first and the output made for
     * it, instead of storing a blank output and replacing it. Returns the id.
     *
     * @param adviceJsonFor the advice output for an id; asked again in the rare case that another
     *     transaction stored the same date meanwhile (PostgreSQL), so the row keeps that one's id
     */
    public long save(CheckIn checkIn, Decision decision, LimiterState state, List<Scenario> scenarios,
            List<RedFlag> redFlags, LongFunction<String> adviceJsonFor) {
        long expected = CheckInUpsert.idFor(handle, sqlite, athlete, checkIn.date());
        long id = CheckInUpsert.save(handle, athlete, Optional.of(expected), checkIn, decision, state, scenarios, redFlags,
                adviceJsonFor.apply(expected));
        if (id != expected) {
            replaceAdviceJson(id, adviceJsonFor.apply(id));
        }
        return id;
    }

    /** Replaces the stored advice output, once it carries the check-in's id. */
    public void replaceAdviceJson(long id, String adviceJson) {
        handle.createUpdate("UPDATE check_in SET advice_json = :json WHERE id = :id AND athlete_id = :athlete")
                .bind("json", adviceJson)
                .bind("id", id)
                .bind("athlete", athlete.value())
                .execute();
    }

    public Optional<SavedCheckIn> onDate(LocalDate date) {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM check_in WHERE athlete_id = :athlete AND check_in_date = :date")
                .bind("athlete", athlete.value())
                .bind("date", date.toString())
                .map(CheckInRepository::row)
                .findOne();
    }

    /** Check-ins dated from {@code first} to {@code last} inclusive, oldest first. */
    public List<SavedCheckIn> between(LocalDate first, LocalDate last) {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM check_in"
                        + " WHERE athlete_id = :athlete AND check_in_date >= :first AND check_in_date <= :last"
                        + " ORDER BY check_in_date")
                .bind("athlete", athlete.value())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map(CheckInRepository::row)
                .list();
    }

    /**
     * Check-ins dated from {@code first} to {@code last} inclusive, oldest first, each with only what
     * a new check-in's derivation reads of it ({@link ContextDerivation#asRead}): six columns of the
     * window's rows, read by position, instead of all of them, on every check-in.
     */
    public List<CheckIn> asReadBetween(LocalDate first, LocalDate last) {
        return handle.createQuery(AS_READ_BETWEEN)
                .bind("athlete", athlete.value())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> {
                    double sleep = rs.getDouble(3);
                    Optional<Double> sleepHours = rs.wasNull() ? Optional.empty() : Optional.of(sleep);
                    return new CheckIn(Columns.isoDate(rs.getString(1)), AthleteProfile.UNKNOWN, Context.UNKNOWN,
                            Signals.builder()
                                    .soreness(rs.getInt(2))
                                    .sleepHours(sleepHours)
                                    .easyEffortFeelsExpensive(rs.getBoolean(4))
                                    .irritability(rs.getBoolean(5))
                                    .lowMotivation(rs.getBoolean(6))
                                    .build());
                })
                .list();
    }

    /** Every check-in, oldest first. */
    public List<SavedCheckIn> all() {
        return handle.createQuery("SELECT id, " + COLUMNS + " FROM check_in WHERE athlete_id = :athlete ORDER BY check_in_date")
                .bind("athlete", athlete.value())
                .map(CheckInRepository::row)
                .list();
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM check_in WHERE athlete_id = :athlete")
                .bind("athlete", athlete.value()).mapTo(Integer.class).one();
    }

    /** Deletes the check-in of this date; false when there is none. */
    public boolean delete(LocalDate date) {
        return handle.createUpdate("DELETE FROM check_in WHERE athlete_id = :athlete AND check_in_date = :date")
                .bind("athlete", athlete.value()).bind("date", date.toString()).execute() == 1;
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
