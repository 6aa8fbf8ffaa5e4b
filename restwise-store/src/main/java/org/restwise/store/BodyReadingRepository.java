package org.restwise.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.restwise.core.access.AthleteId;
import org.restwise.core.body.RestingHeartRate;
import org.restwise.core.body.Sdnn;
import org.restwise.core.body.WellnessDay;
import org.restwise.core.body.WellnessSource;
import org.restwise.core.body.normal.JumpTest;

/**
 * An athlete's body readings, one row per day and signal. A value offered for a day that already
 * has one replaces it only when its source ranks higher ({@link WellnessSource}), or when it is the
 * same source saying something new (a corrected export, the runner's own second thought); anything
 * else leaves the stored value as it is, so importing a file twice changes nothing.
 */
public final class BodyReadingRepository {

    /** The signals of a day, as the {@code signal} column names them. */
    enum Signal {
        HRV, SDNN, RESTING_HEART_RATE, SLEEP, JUMP
    }

    /**
     * What keeping some days did.
     *
     * @param added    signals of a day that had none before
     * @param replaced stored values replaced by a higher-ranking source or a newer word from the same one
     * @param kept     values offered that changed nothing: the same as stored, or from a lower-ranking source
     */
    public record Kept(int added, int replaced, int kept) {

        public static final Kept NOTHING = new Kept(0, 0, 0);

        public Kept plus(Kept other) {
            return new Kept(added + other.added, replaced + other.replaced, kept + other.kept);
        }

        public boolean changedAnything() {
            return added + replaced > 0;
        }
    }

    private record Row(Signal signal, WellnessSource source, Double value, String details) {
    }

    private final Handle handle;
    private final AthleteId athlete;

    BodyReadingRepository(Handle handle, AthleteId athlete) {
        this.handle = handle;
        this.athlete = athlete;
    }

    /** Keeps every signal {@code day} holds, each by the rule above. */
    public Kept keep(WellnessDay day, Instant now) {
        Map<Signal, Row> stored = storedOn(day.date());
        Kept result = Kept.NOTHING;
        if (day.hrv().isPresent()) {
            var hrv = day.hrv().get();
            result = result.plus(offer(day.date(), stored, new Row(Signal.HRV, hrv.source(), hrv.value().rmssdMillis(),
                    BodyReadingText.hrv(hrv.value())), now));
        }
        if (day.sdnn().isPresent()) {
            var sdnn = day.sdnn().get();
            result = result.plus(offer(day.date(), stored, new Row(Signal.SDNN, sdnn.source(), sdnn.value().millis(), ""), now));
        }
        if (day.restingHeartRate().isPresent()) {
            var rate = day.restingHeartRate().get();
            result = result.plus(offer(day.date(), stored,
                    new Row(Signal.RESTING_HEART_RATE, rate.source(), (double) rate.value().bpm(), ""), now));
        }
        if (day.sleep().isPresent()) {
            var night = day.sleep().get();
            Double hours = night.value().asleep().map(d -> d.toSeconds() / 3600.0).orElse(null);
            result = result.plus(offer(day.date(), stored,
                    new Row(Signal.SLEEP, night.source(), hours, BodyReadingText.sleep(night.value())), now));
        }
        return result;
    }

    /** Keeps a jump test the runner took; of several on one day the best result counts, as {@link JumpTest#bestOfDayCm}. */
    public Kept keepJump(LocalDate date, JumpTest test, Instant now) {
        Row stored = storedOn(date).get(Signal.JUMP);
        if (stored != null && stored.value() != null && stored.value() >= test.resultCm()) {
            return new Kept(0, 0, 1);
        }
        Row offered = new Row(Signal.JUMP, WellnessSource.MANUAL, test.resultCm(), BodyReadingText.jump(test));
        return stored == null ? insert(date, offered, now) : replace(date, offered, now);
    }

    /** The days from {@code first} to {@code last} inclusive that hold a reading other than a jump, oldest first. */
    public List<WellnessDay> daysBetween(LocalDate first, LocalDate last) {
        NavigableMap<LocalDate, WellnessDay> days = new TreeMap<>();
        handle.createQuery("SELECT reading_date, signal, source, value, details FROM body_reading"
                        + " WHERE athlete_id = :athlete AND reading_date >= :first AND reading_date <= :last AND signal <> 'JUMP'")
                .bind("athlete", athlete.value())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> {
                    LocalDate date = Columns.isoDate(rs.getString("reading_date"));
                    days.put(date, withRow(days.getOrDefault(date, WellnessDay.on(date)), row(rs, ctx)));
                    return date;
                })
                .list();
        return new ArrayList<>(days.values());
    }

    /** The jump tests kept from {@code first} to {@code last} inclusive, one (the day's best) per day. */
    public NavigableMap<LocalDate, JumpTest> jumpsBetween(LocalDate first, LocalDate last) {
        NavigableMap<LocalDate, JumpTest> jumps = new TreeMap<>();
        handle.createQuery("SELECT reading_date, details FROM body_reading"
                        + " WHERE athlete_id = :athlete AND reading_date >= :first AND reading_date <= :last AND signal = 'JUMP'")
                .bind("athlete", athlete.value())
                .bind("first", first.toString())
                .bind("last", last.toString())
                .map((rs, ctx) -> jumps.put(Columns.isoDate(rs.getString(1)), BodyReadingText.jump(rs.getString(2))))
                .list();
        return jumps;
    }

    /** How many day-and-signal readings the athlete has. */
    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM body_reading WHERE athlete_id = :athlete")
                .bind("athlete", athlete.value()).mapTo(Integer.class).one();
    }

    /** Forgets one day's readings, every signal of it; true when there were any. */
    public boolean deleteDay(LocalDate date) {
        return handle.createUpdate("DELETE FROM body_reading WHERE athlete_id = :athlete AND reading_date = :date")
                .bind("athlete", athlete.value()).bind("date", date.toString()).execute() > 0;
    }

    private Kept offer(LocalDate date, Map<Signal, Row> stored, Row offered, Instant now) {
        Row current = stored.get(offered.signal());
        if (current == null) {
            return insert(date, offered, now);
        }
        boolean better = offered.source().outranks(current.source());
        boolean newerWord = offered.source() == current.source()
                && (!Objects.equals(offered.value(), current.value()) || !offered.details().equals(current.details()));
        return better || newerWord ? replace(date, offered, now) : new Kept(0, 0, 1);
    }

    private Kept insert(LocalDate date, Row row, Instant now) {
        write("INSERT INTO body_reading (athlete_id, reading_date, signal, source, value, details, recorded_at)"
                + " VALUES (:athlete, :date, :signal, :source, :value, :details, :now)", date, row, now);
        return new Kept(1, 0, 0);
    }

    private Kept replace(LocalDate date, Row row, Instant now) {
        write("UPDATE body_reading SET source = :source, value = :value, details = :details, recorded_at = :now"
                + " WHERE athlete_id = :athlete AND reading_date = :date AND signal = :signal", date, row, now);
        return new Kept(0, 1, 0);
    }

    /** Runs an insert or an update of one row, both naming the same parameters. */
    private void write(String sql, LocalDate date, Row row, Instant now) {
        handle.createUpdate(sql)
                .bind("athlete", athlete.value())
                .bind("date", date.toString())
                .bind("signal", row.signal().name())
                .bind("source", row.source().name())
                .bind("value", row.value())
                .bind("details", row.details())
                .bind("now", now.toEpochMilli())
                .execute();
    }

    private Map<Signal, Row> storedOn(LocalDate date) {
        Map<Signal, Row> rows = new java.util.EnumMap<>(Signal.class);
        handle.createQuery("SELECT signal, source, value, details FROM body_reading"
                        + " WHERE athlete_id = :athlete AND reading_date = :date")
                .bind("athlete", athlete.value())
                .bind("date", date.toString())
                .map(BodyReadingRepository::row)
                .forEach(row -> rows.put(row.signal(), row));
        return rows;
    }

    private static Row row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Row(Signal.valueOf(rs.getString("signal")), WellnessSource.valueOf(rs.getString("source")),
                Columns.optionalDouble(rs, "value").orElse(null), rs.getString("details"));
    }

    private static WellnessDay withRow(WellnessDay day, Row row) {
        try {
            switch (row.signal()) {
                case HRV:
                    return day.withHrv(BodyReadingText.hrv(row.value(), row.details()), row.source());
                case SDNN:
                    return day.withSdnn(new Sdnn(row.value()), row.source());
                case RESTING_HEART_RATE:
                    return day.withRestingHeartRate(new RestingHeartRate((int) Math.round(row.value())), row.source());
                case SLEEP:
                    return day.withSleep(BodyReadingText.sleep(row.details()), row.source());
                default:
                    return day;
            }
        } catch (RuntimeException e) {
            throw new JournalException("a stored " + row.signal().name().toLowerCase(java.util.Locale.ROOT)
                    + " reading of " + day.date() + " cannot be read: " + e.getMessage(), e);
        }
    }
}
