package org.restwise.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.restwise.core.access.AthleteId;
import org.restwise.core.advice.Decision;
import org.restwise.core.advice.LimiterState;
import org.restwise.core.advice.RedFlag;
import org.restwise.core.advice.Scenario;
import org.restwise.core.checkin.CheckIn;
import org.restwise.core.checkin.Signals;

/**
 * The statements every check-in runs to store itself, in plain JDBC with positional parameters:
 * JDBI looks up an argument factory for each of the 37 named values and a mapper for the returned
 * id on every call, which a profile put at a fifth of a check-in's time. Failures come out as
 * JDBI's, so {@link JournalStore} translates them (busy, and the rest) as any other.
 */
final class CheckInUpsert {

    /** The row's columns, in the order {@link #bindRow} binds them. */
    static final List<String> COLUMNS = List.of("athlete_id", "check_in_date", "max_hr", "resting_hr", "threshold_hr",
            "usual_doms_days", "last_session", "hours_since_last_session", "next_hard_effort_in_hours",
            "training_block", "time_of_day", "doms_days", "recovery_sessions_left_flatter",
            "weeks_of_persistent_fatigue", "soreness", "heavy_legs", "stiffness", "puffy_legs", "swelling",
            "sharp_pain", "one_sided_pain", "altered_gait", "symptoms_worsening", "sleep_hours",
            "short_sleep_nights", "low_mood", "unusual_hunger", "easy_effort_feels_expensive", "irritability",
            "low_motivation", "ill", "urge_to_earn_recovery", "ten_minute_test", "decision", "state", "scenarios",
            "red_flags", "advice_json");

    /**
     * One statement both databases understand, so two processes saving the same date never race; a
     * date already stored keeps its row and id.
     */
    private static final String UPSERT = upsert(COLUMNS);
    private static final String UPSERT_WITH_ID = upsert(
            Stream.concat(Stream.of("id"), COLUMNS.stream()).collect(Collectors.toList()));

    /**
     * The id a save of the date (the parameter) ends with: the date's, or the next one SQLite gives a
     * table with AUTOINCREMENT (one above the largest it ever gave, or holds). Asked inside the write
     * transaction, which holds SQLite's write lock, so nobody takes it meanwhile.
     */
    private static final String SQLITE_ID_FOR_DATE = "SELECT COALESCE((SELECT id FROM check_in WHERE athlete_id = ? AND check_in_date = ?),"
            + " MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'check_in'), 0),"
            + " COALESCE((SELECT MAX(id) FROM check_in), 0)) + 1)";
    /**
     * The date's id, or the next of the identity's sequence. Takes a value of the sequence either
     * way, as the insert's default did when the date was stored already, so ids come out as before.
     */
    private static final String POSTGRES_ID_FOR_DATE = "SELECT COALESCE((SELECT id FROM check_in WHERE athlete_id = ? AND check_in_date = ?),"
            + " reserved.id) FROM (SELECT nextval(pg_get_serial_sequence('check_in', 'id')) AS id) AS reserved";

    private CheckInUpsert() {
    }

    private static String upsert(List<String> columns) {
        return "INSERT INTO check_in (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                + " ON CONFLICT (athlete_id, check_in_date) DO UPDATE SET "
                + COLUMNS.stream().filter(c -> !c.equals("check_in_date") && !c.equals("athlete_id")).map(c -> c + " = excluded." + c)
                        .collect(Collectors.joining(", "))
                + " RETURNING id";
    }

    /** The id a check-in for {@code date} gets when saved now: its date's, or the next one. */
    static long idFor(Handle handle, boolean sqlite, AthleteId athlete, LocalDate date) {
        try (PreparedStatement statement = handle.getConnection().prepareStatement(
                sqlite ? SQLITE_ID_FOR_DATE : POSTGRES_ID_FOR_DATE)) {
            statement.setLong(1, athlete.value());
            statement.setString(2, date.toString());
            return single(statement);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    /** Stores the row, with the given id when it is new ({@code id} empty: the database's next); returns the row's id. */
    static long save(Handle handle, AthleteId athlete, Optional<Long> id, CheckIn checkIn, Decision decision, LimiterState state,
            List<Scenario> scenarios, List<RedFlag> redFlags, String adviceJson) {
        Connection connection = handle.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(id.isPresent() ? UPSERT_WITH_ID : UPSERT)) {
            int first = 1;
            if (id.isPresent()) {
                statement.setLong(first++, id.get());
            }
            bindRow(statement, first, athlete, checkIn, decision, state, scenarios, redFlags, adviceJson);
            return single(statement);
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no row came back from " + statement);
            }
            return rs.getLong(1);
        }
    }

    private static void bindRow(PreparedStatement st, int first, AthleteId athlete, CheckIn checkIn, Decision decision,
            LimiterState state, List<Scenario> scenarios, List<RedFlag> redFlags, String adviceJson)
            throws SQLException {
        int i = first;
        st.setLong(i++, athlete.value());
        st.setString(i++, checkIn.date().toString());
        setInt(st, i++, checkIn.athlete().maxHeartRate());
        setInt(st, i++, checkIn.athlete().restingHeartRate());
        setInt(st, i++, checkIn.athlete().lactateThresholdHeartRate());
        setInt(st, i++, checkIn.athlete().usualDomsDays());
        st.setString(i++, Columns.nameOrNull(checkIn.context().lastSession()));
        setDouble(st, i++, checkIn.context().hoursSinceLastSession());
        setDouble(st, i++, checkIn.context().nextHardEffortInHours());
        st.setString(i++, Columns.nameOrNull(checkIn.context().trainingBlock()));
        st.setString(i++, Columns.nameOrNull(checkIn.context().timeOfDay()));
        setInt(st, i++, checkIn.context().domsDays());
        setInt(st, i++, checkIn.context().recoverySessionsLeftFlatter());
        setInt(st, i++, checkIn.context().weeksOfPersistentFatigue());
        Signals s = checkIn.signals();
        st.setInt(i++, s.soreness());
        st.setBoolean(i++, s.heavyLegs());
        st.setBoolean(i++, s.stiffness());
        st.setBoolean(i++, s.puffyLegs());
        st.setBoolean(i++, s.swelling());
        st.setBoolean(i++, s.sharpPain());
        st.setBoolean(i++, s.oneSidedPain());
        st.setBoolean(i++, s.alteredGait());
        st.setBoolean(i++, s.symptomsWorsening());
        setDouble(st, i++, s.sleepHours());
        st.setInt(i++, s.shortSleepNights());
        st.setBoolean(i++, s.lowMood());
        st.setBoolean(i++, s.unusualHunger());
        st.setBoolean(i++, s.easyEffortFeelsExpensive());
        st.setBoolean(i++, s.irritability());
        st.setBoolean(i++, s.lowMotivation());
        st.setBoolean(i++, s.ill());
        st.setBoolean(i++, s.urgeToEarnRecovery());
        st.setString(i++, s.tenMinuteTest().name());
        st.setString(i++, decision.name());
        st.setString(i++, state.name());
        st.setString(i++, Columns.joinNames(scenarios));
        st.setString(i++, Columns.joinNames(redFlags));
        st.setString(i++, adviceJson);
        if (i - first != COLUMNS.size()) {
            throw new IllegalStateException("bound " + (i - first) + " columns of " + COLUMNS.size());
        }
    }

    private static void setInt(PreparedStatement st, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            st.setInt(index, value.get());
        } else {
            st.setNull(index, Types.INTEGER);
        }
    }

    private static void setDouble(PreparedStatement st, int index, Optional<Double> value) throws SQLException {
        if (value.isPresent()) {
            st.setDouble(index, value.get());
        } else {
            st.setNull(index, Types.DOUBLE);
        }
    }
}
