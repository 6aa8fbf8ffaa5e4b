package org.restwise.store;

import org.restwise.core.activity.ActivityRecord;
import org.restwise.core.activity.StoredActivity;
import static org.restwise.store.Columns.optionalDouble;
import static org.restwise.store.Columns.optionalInt;
import static org.restwise.store.Columns.orNull;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.restwise.core.access.AthleteId;
import org.jdbi.v3.core.statement.StatementContext;
import org.restwise.core.activity.ActivityProfile;
import org.restwise.core.activity.ActivitySummary;
import org.restwise.core.activity.ImportedActivity;
import org.restwise.core.activity.InferenceBasis;
import org.restwise.core.activity.InferredSessionType;
import org.restwise.core.activity.SessionType;
import org.restwise.core.activity.Sport;

/** An athlete's activities imported from watch files, each attached to the session it became. */
public final class ActivityRepository {

    /** Advisory-lock keys of imports: one per athlete, far from any other key this journal takes. */
    private static final long IMPORT_LOCK_SPACE = 0x5265_7374_0000_0000L;

    private static final String COLUMNS = "session_id, fingerprint, source_file, format, sport, start_instant,"
            + " start_epoch_second, points, distance_m, device_distance_m, duration_s, moving_s, ascent_m, descent_m,"
            + " descent_distance_m, avg_hr, max_hr, flat_equivalent_m, gap_s_per_km, inferred_type, inference_reason";

    private final Handle handle;
    private final boolean sqlite;
    private final AthleteId athlete;

    ActivityRepository(Handle handle, boolean sqlite, AthleteId athlete) {
        this.handle = handle;
        this.sqlite = sqlite;
        this.athlete = athlete;
    }

    /**
     * Makes this transaction the only one importing for this athlete until it ends, so that two
     * imports running at once cannot both find "no such run yet" and store it twice; other athletes'
     * imports go on. SQLite needs nothing: its write transactions already begin with the database's
     * write lock. Readers are never blocked.
     */
    public void lockForImport() {
        if (!sqlite) {
            handle.createQuery("SELECT pg_advisory_xact_lock(:key)").bind("key", IMPORT_LOCK_SPACE + athlete.value())
                    .mapTo(String.class).one();
        }
    }

    public void add(long sessionId, ImportedActivity activity) {
        insert(sessionId, activity, activity.fingerprint());
    }

    /** Stores an activity as a backup carried it: its fingerprint as it was, its chart profile and inference basis if it had them. */
    public void add(long sessionId, ActivityRecord record) {
        insert(sessionId, record.activity(), record.fingerprint());
        record.profile().filter(p -> !p.isEmpty()).ifPresent(p -> saveProfile(sessionId, p));
        record.basis().ifPresent(b -> saveInferenceBasis(sessionId, b));
    }

    private void insert(long sessionId, ImportedActivity activity, String fingerprint) {
        int owned = handle.createQuery("SELECT COUNT(*) FROM session WHERE id = :id AND athlete_id = :athlete")
                .bind("id", sessionId).bind("athlete", athlete.value()).mapTo(Integer.class).one();
        if (owned != 1) {
            throw new JournalException("no session " + sessionId + " in this athlete's journal to attach an activity to");
        }
        ActivitySummary s = activity.summary();
        handle.createUpdate("INSERT INTO activity (athlete_id, " + COLUMNS + ") VALUES (:athlete, :session_id, :fingerprint, :source_file,"
                        + " :format, :sport, :start_instant, :start_epoch_second, :points, :distance_m, :device_distance_m,"
                        + " :duration_s, :moving_s, :ascent_m, :descent_m, :descent_distance_m, :avg_hr, :max_hr,"
                        + " :flat_equivalent_m, :gap_s_per_km, :inferred_type, :inference_reason)")
                .bind("athlete", athlete.value())
                .bind("session_id", sessionId)
                .bind("fingerprint", fingerprint)
                .bind("source_file", activity.sourceFile())
                .bind("format", activity.format())
                .bind("sport", activity.sport().name())
                .bind("start_instant", s.start().map(Instant::toString).orElse(null))
                .bindByType("start_epoch_second", s.start().map(Instant::getEpochSecond).orElse(null), Long.class)
                .bind("points", s.points())
                .bindByType("distance_m", orNull(s.distanceMeters()), Double.class)
                .bindByType("device_distance_m", orNull(s.deviceDistanceMeters()), Double.class)
                .bindByType("duration_s", orNull(s.durationSeconds()), Double.class)
                .bindByType("moving_s", orNull(s.movingSeconds()), Double.class)
                .bindByType("ascent_m", orNull(s.ascentMeters()), Double.class)
                .bindByType("descent_m", orNull(s.descentMeters()), Double.class)
                .bindByType("descent_distance_m", orNull(s.descentDistanceMeters()), Double.class)
                .bindByType("avg_hr", orNull(s.avgHeartRateBpm()), Integer.class)
                .bindByType("max_hr", orNull(s.maxHeartRateBpm()), Integer.class)
                .bindByType("flat_equivalent_m", orNull(s.flatEquivalentMeters()), Double.class)
                .bindByType("gap_s_per_km", orNull(s.gradeAdjustedPaceSecondsPerKm()), Double.class)
                .bind("inferred_type", activity.inferred().type().name())
                .bind("inference_reason", activity.inferred().reason())
                .execute();
    }

    /**
     * The runner corrected the type of the session this activity became: the reason the import
     * gave for its guess no longer stands, so the runner's word replaces it.
     */
    public void typeCorrected(long sessionId, String reason) {
        handle.createUpdate("UPDATE activity SET inference_reason = :reason WHERE session_id = :session_id AND athlete_id = :athlete")
                .bind("reason", reason)
                .bind("session_id", sessionId)
                .bind("athlete", athlete.value())
                .execute();
    }

    /**
     * The import's guess read again (a maximum heart rate set since, a rule refined): the activity
     * takes the new guess and its reason. The session's own type is the caller's to change.
     */
    public void inferredAgain(long sessionId, InferredSessionType inferred) {
        handle.createUpdate("UPDATE activity SET inferred_type = :type, inference_reason = :reason"
                        + " WHERE session_id = :session_id AND athlete_id = :athlete")
                .bind("type", inferred.type().name())
                .bind("reason", inferred.reason())
                .bind("session_id", sessionId)
                .bind("athlete", athlete.value())
                .execute();
    }

    /** Keeps what the type was guessed from beyond the summary (the activity of {@code sessionId} must be stored). */
    public void saveInferenceBasis(long sessionId, InferenceBasis basis) {
        handle.createUpdate("UPDATE activity SET inference_basis = :basis WHERE session_id = :session_id AND athlete_id = :athlete")
                .bind("basis", InferenceBasisText.write(basis))
                .bind("session_id", sessionId)
                .bind("athlete", athlete.value())
                .execute();
    }

    /** What each activity's type was guessed from, by session; activities imported before version 10 are absent. */
    public Map<Long, InferenceBasis> inferenceBasisBySession() {
        Map<Long, InferenceBasis> bases = new HashMap<>();
        handle.createQuery("SELECT session_id, inference_basis FROM activity WHERE athlete_id = :athlete AND inference_basis IS NOT NULL")
                .bind("athlete", athlete.value())
                .map((rs, ctx) -> Map.entry(rs.getLong("session_id"), InferenceBasisText.read(rs.getString("inference_basis"))))
                .forEach(e -> bases.put(e.getKey(), e.getValue()));
        return bases;
    }

    /** Keeps the activity's chart profile beside it (the activity of {@code sessionId} must be stored). */
    public void saveProfile(long sessionId, ActivityProfile profile) {
        int updated = handle.createUpdate("UPDATE activity SET profile = :profile WHERE session_id = :session_id AND athlete_id = :athlete")
                .bind("athlete", athlete.value())
                .bind("profile", ProfileText.write(profile))
                .bind("session_id", sessionId)
                .execute();
        if (updated != 1) {
            throw new JournalException("no imported activity for session " + sessionId + " to keep a profile for");
        }
    }

    /** The chart profile of the session's activity; empty when it has none (imported before version 3, or no track). */
    public Optional<ActivityProfile> profile(long sessionId) {
        return handle.createQuery("SELECT profile FROM activity WHERE session_id = :session_id AND athlete_id = :athlete AND profile IS NOT NULL")
                .bind("athlete", athlete.value())
                .bind("session_id", sessionId)
                .mapTo(String.class)
                .findOne()
                .map(ProfileText::read)
                .filter(p -> !p.isEmpty());
    }

    /** Every activity with its fingerprint, chart profile and inference basis, by the id of its session: what a backup carries. */
    public Map<Long, ActivityRecord> recordsBySession() {
        Map<Long, ActivityRecord> records = new HashMap<>();
        handle.createQuery("SELECT " + COLUMNS + ", profile, inference_basis FROM activity WHERE athlete_id = :athlete")
                .bind("athlete", athlete.value())
                .map((rs, ctx) -> {
                    StoredActivity stored = row(rs, ctx);
                    Optional<ActivityProfile> profile = Optional.ofNullable(rs.getString("profile"))
                            .map(ProfileText::read).filter(p -> !p.isEmpty());
                    Optional<InferenceBasis> basis = Optional.ofNullable(rs.getString("inference_basis"))
                            .map(InferenceBasisText::read);
                    return Map.entry(stored.sessionId(),
                            new ActivityRecord(rs.getString("fingerprint"), stored.activity(), profile, basis));
                })
                .forEach(e -> records.put(e.getKey(), e.getValue()));
        return records;
    }

    /**
     * The flat-equivalent distance measured along each activity's track, metres, by the id of its
     * session. A multisport track's is left out: it runs through the ride and the swim too, so its
     * session's running figures stand instead.
     */
    public Map<Long, Double> flatEquivalentMetersBySession() {
        Map<Long, Double> metres = new HashMap<>();
        handle.createQuery("SELECT session_id, flat_equivalent_m FROM activity"
                        + " WHERE athlete_id = :athlete AND flat_equivalent_m IS NOT NULL AND sport <> 'MULTISPORT'")
                .bind("athlete", athlete.value())
                .map((rs, ctx) -> Map.entry(rs.getLong("session_id"), rs.getDouble("flat_equivalent_m")))
                .forEach(e -> metres.put(e.getKey(), e.getValue()));
        return metres;
    }

    /** Every activity's measurements by the id of its session, without the chart profiles (a few KB each). */
    public Map<Long, StoredActivity> bySession() {
        Map<Long, StoredActivity> activities = new HashMap<>();
        handle.createQuery("SELECT " + COLUMNS + " FROM activity WHERE athlete_id = :athlete")
                .bind("athlete", athlete.value())
                .map(ActivityRepository::row)
                .forEach(a -> activities.put(a.sessionId(), a));
        return activities;
    }

    /** The most recent activities, newest first (an activity without a start comes last). */
    public List<StoredActivity> newestFirst(int limit) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM activity WHERE athlete_id = :athlete"
                        + " ORDER BY CASE WHEN start_epoch_second IS NULL THEN 1 ELSE 0 END, start_epoch_second DESC, id DESC"
                        + " LIMIT :limit")
                .bind("limit", limit)
                .bind("athlete", athlete.value())
                .map(ActivityRepository::row)
                .list();
    }

    /** The session an activity with this fingerprint became, if it was imported before. */
    public Optional<Long> sessionWithFingerprint(String fingerprint) {
        return handle.createQuery("SELECT session_id FROM activity WHERE athlete_id = :athlete AND fingerprint = :fingerprint")
                .bind("athlete", athlete.value())
                .bind("fingerprint", fingerprint)
                .mapTo(Long.class)
                .findOne();
    }

    /** Activities starting from {@code first} to {@code last} inclusive, with their session ids. */
    public List<StoredActivity> startingBetween(Instant first, Instant last) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM activity"
                        + " WHERE athlete_id = :athlete AND start_epoch_second >= :first AND start_epoch_second <= :last"
                        + " ORDER BY start_epoch_second")
                .bind("athlete", athlete.value())
                .bind("first", first.getEpochSecond())
                .bind("last", last.getEpochSecond())
                .map(ActivityRepository::row)
                .list();
    }

    public Optional<StoredActivity> forSession(long sessionId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM activity WHERE session_id = :session_id AND athlete_id = :athlete")
                .bind("athlete", athlete.value())
                .bind("session_id", sessionId)
                .map(ActivityRepository::row)
                .findOne();
    }

    /** Grade-adjusted paces of the most recent activities whose session is (now) EASY, newest first. */
    public List<Double> easyGradeAdjustedPaces(int limit) {
        return handle.createQuery("SELECT a.gap_s_per_km FROM activity a JOIN session s ON s.id = a.session_id"
                        + " WHERE a.athlete_id = :athlete AND s.session_type = 'EASY' AND a.gap_s_per_km IS NOT NULL"
                        + " ORDER BY a.start_epoch_second DESC LIMIT :limit")
                .bind("limit", limit)
                .bind("athlete", athlete.value())
                .mapTo(Double.class)
                .list();
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM activity WHERE athlete_id = :athlete")
                .bind("athlete", athlete.value()).mapTo(Integer.class).one();
    }

    private static StoredActivity row(ResultSet rs, StatementContext ctx) throws SQLException {
        ActivitySummary summary = new ActivitySummary(
                Optional.ofNullable(rs.getString("start_instant")).map(Instant::parse),
                rs.getInt("points"),
                optionalDouble(rs, "distance_m"),
                optionalDouble(rs, "device_distance_m"),
                optionalDouble(rs, "duration_s"),
                optionalDouble(rs, "moving_s"),
                optionalDouble(rs, "ascent_m"),
                optionalDouble(rs, "descent_m"),
                optionalDouble(rs, "descent_distance_m"),
                optionalInt(rs, "avg_hr"),
                optionalInt(rs, "max_hr"),
                optionalDouble(rs, "flat_equivalent_m"),
                optionalDouble(rs, "gap_s_per_km"));
        ImportedActivity activity = new ImportedActivity(rs.getString("source_file"), rs.getString("format"),
                Sport.valueOf(rs.getString("sport")), summary,
                new InferredSessionType(SessionType.valueOf(rs.getString("inferred_type")), rs.getString("inference_reason")));
        return new StoredActivity(rs.getLong("session_id"), activity);
    }
}
