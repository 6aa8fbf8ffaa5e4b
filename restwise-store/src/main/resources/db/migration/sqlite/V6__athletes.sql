-- Version 6: one journal, many athletes. Every journal row now belongs to an athlete; the runner of
-- a single-runner journal becomes athlete 1 and keeps everything, with the same ids. Athlete 1 is
-- the journal's own runner: the one a command line or a login-free server on loopback writes for.
-- If accounts existed before this version (they all shared the one journal), the oldest athlete
-- account becomes athlete 1's owner and every other athlete account gets an empty journal.
--
-- SQLite cannot change a table's constraints in place, so tables are rebuilt (create, copy, drop,
-- rename). This migration runs with foreign-key enforcement off, as SQLite's documented procedure
-- requires (dropping the old session table would otherwise cascade into activity); the journal
-- then checks every foreign key before it is used.

CREATE TABLE athlete (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    -- NULL until someone with an account owns it; deleting the account deletes the athlete and
    -- with it, by cascade, every row of their journal.
    account_id      INTEGER UNIQUE REFERENCES account (id) ON DELETE CASCADE,
    created_at      BIGINT  NOT NULL                -- epoch milliseconds
);

INSERT INTO athlete (id, account_id, created_at)
VALUES (1, (SELECT MIN(id) FROM account WHERE is_athlete = 1), CAST(strftime('%s', 'now') AS INTEGER) * 1000);

INSERT INTO athlete (account_id, created_at)
SELECT id, created_at FROM account
WHERE is_athlete = 1 AND id <> (SELECT MIN(id) FROM account WHERE is_athlete = 1)
ORDER BY id;

-- The tables below never reuse a deleted id; their counters survive the rebuild.
CREATE TEMP TABLE v6_sequence AS SELECT name, seq FROM sqlite_sequence;

CREATE TABLE profile_v6 (
    athlete_id          INTEGER PRIMARY KEY REFERENCES athlete (id) ON DELETE CASCADE,
    name                TEXT,
    max_hr              INTEGER,
    resting_hr          INTEGER,
    threshold_hr        INTEGER,
    usual_doms_days     INTEGER,
    sex                 TEXT,
    units               TEXT NOT NULL
);
INSERT INTO profile_v6 (athlete_id, name, max_hr, resting_hr, threshold_hr, usual_doms_days, sex, units)
SELECT 1, name, max_hr, resting_hr, threshold_hr, usual_doms_days, sex, units FROM profile;
DROP TABLE profile;
ALTER TABLE profile_v6 RENAME TO profile;

CREATE TABLE check_in_v6 (
    id                              INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id                      INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    check_in_date                   TEXT NOT NULL,
    max_hr                          INTEGER,
    resting_hr                      INTEGER,
    threshold_hr                    INTEGER,
    usual_doms_days                 INTEGER,
    last_session                    TEXT,
    hours_since_last_session        REAL,
    next_hard_effort_in_hours       REAL,
    training_block                  TEXT,
    time_of_day                     TEXT,
    doms_days                       INTEGER,
    recovery_sessions_left_flatter  INTEGER,
    weeks_of_persistent_fatigue     INTEGER,
    soreness                        INTEGER NOT NULL,
    heavy_legs                      INTEGER NOT NULL,
    stiffness                       INTEGER NOT NULL,
    swelling                        INTEGER NOT NULL,
    sharp_pain                      INTEGER NOT NULL,
    one_sided_pain                  INTEGER NOT NULL,
    altered_gait                    INTEGER NOT NULL,
    symptoms_worsening              INTEGER NOT NULL,
    sleep_hours                     REAL,
    short_sleep_nights              INTEGER NOT NULL,
    low_mood                        INTEGER NOT NULL,
    unusual_hunger                  INTEGER NOT NULL,
    easy_effort_feels_expensive     INTEGER NOT NULL,
    irritability                    INTEGER NOT NULL,
    low_motivation                  INTEGER NOT NULL,
    ill                             INTEGER NOT NULL,
    urge_to_earn_recovery           INTEGER NOT NULL,
    ten_minute_test                 TEXT NOT NULL,
    decision                        TEXT NOT NULL,
    state                           TEXT NOT NULL,
    scenarios                       TEXT NOT NULL,
    red_flags                       TEXT NOT NULL,
    advice_json                     TEXT NOT NULL,
    puffy_legs                      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (athlete_id, check_in_date)               -- one check-in per athlete and day
);
INSERT INTO check_in_v6 (id, athlete_id, check_in_date, max_hr, resting_hr, threshold_hr, usual_doms_days,
    last_session, hours_since_last_session, next_hard_effort_in_hours, training_block, time_of_day, doms_days,
    recovery_sessions_left_flatter, weeks_of_persistent_fatigue, soreness, heavy_legs, stiffness, swelling,
    sharp_pain, one_sided_pain, altered_gait, symptoms_worsening, sleep_hours, short_sleep_nights, low_mood,
    unusual_hunger, easy_effort_feels_expensive, irritability, low_motivation, ill, urge_to_earn_recovery,
    ten_minute_test, decision, state, scenarios, red_flags, advice_json, puffy_legs)
SELECT id, 1, check_in_date, max_hr, resting_hr, threshold_hr, usual_doms_days,
    last_session, hours_since_last_session, next_hard_effort_in_hours, training_block, time_of_day, doms_days,
    recovery_sessions_left_flatter, weeks_of_persistent_fatigue, soreness, heavy_legs, stiffness, swelling,
    sharp_pain, one_sided_pain, altered_gait, symptoms_worsening, sleep_hours, short_sleep_nights, low_mood,
    unusual_hunger, easy_effort_feels_expensive, irritability, low_motivation, ill, urge_to_earn_recovery,
    ten_minute_test, decision, state, scenarios, red_flags, advice_json, puffy_legs
FROM check_in;
DROP TABLE check_in;
ALTER TABLE check_in_v6 RENAME TO check_in;

CREATE TABLE session_v6 (
    id                              INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id                      INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    session_date                    TEXT NOT NULL,
    start_time                      TEXT,
    session_type                    TEXT NOT NULL,
    minutes                         INTEGER NOT NULL,
    rpe                             INTEGER,
    distance_km                     REAL,
    ascent_m                        REAL,
    descent_m                       REAL,
    recovery_modality               TEXT,
    loosened_within_ten_minutes     INTEGER,
    left_flatter                    INTEGER,
    medium_work_reason              TEXT
);
INSERT INTO session_v6 (id, athlete_id, session_date, start_time, session_type, minutes, rpe, distance_km, ascent_m,
    descent_m, recovery_modality, loosened_within_ten_minutes, left_flatter, medium_work_reason)
SELECT id, 1, session_date, start_time, session_type, minutes, rpe, distance_km, ascent_m,
    descent_m, recovery_modality, loosened_within_ten_minutes, left_flatter, medium_work_reason
FROM session;
DROP TABLE session;
ALTER TABLE session_v6 RENAME TO session;
CREATE INDEX session_by_athlete_date ON session (athlete_id, session_date);

CREATE TABLE activity_v6 (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id              INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    session_id              INTEGER NOT NULL UNIQUE REFERENCES session (id) ON DELETE CASCADE,
    -- The same file twice in one athlete's journal is refused here; two athletes may hold the same
    -- file (a shared race file), and neither learns that the other has it.
    fingerprint             TEXT NOT NULL,
    source_file             TEXT NOT NULL,
    format                  TEXT NOT NULL,
    sport                   TEXT NOT NULL,
    start_instant           TEXT,
    start_epoch_second      BIGINT,
    points                  INTEGER NOT NULL,
    distance_m              REAL,
    device_distance_m       REAL,
    duration_s              REAL,
    moving_s                REAL,
    ascent_m                REAL,
    descent_m               REAL,
    descent_distance_m      REAL,
    avg_hr                  INTEGER,
    max_hr                  INTEGER,
    flat_equivalent_m       REAL,
    gap_s_per_km            REAL,
    inferred_type           TEXT NOT NULL,
    inference_reason        TEXT NOT NULL,
    profile                 TEXT,
    UNIQUE (athlete_id, fingerprint)
);
INSERT INTO activity_v6 (id, athlete_id, session_id, fingerprint, source_file, format, sport, start_instant,
    start_epoch_second, points, distance_m, device_distance_m, duration_s, moving_s, ascent_m, descent_m,
    descent_distance_m, avg_hr, max_hr, flat_equivalent_m, gap_s_per_km, inferred_type, inference_reason, profile)
SELECT id, 1, session_id, fingerprint, source_file, format, sport, start_instant,
    start_epoch_second, points, distance_m, device_distance_m, duration_s, moving_s, ascent_m, descent_m,
    descent_distance_m, avg_hr, max_hr, flat_equivalent_m, gap_s_per_km, inferred_type, inference_reason, profile
FROM activity;
DROP TABLE activity;
ALTER TABLE activity_v6 RENAME TO activity;
CREATE INDEX activity_by_athlete_start ON activity (athlete_id, start_epoch_second);

UPDATE sqlite_sequence
SET seq = MAX(seq, (SELECT v.seq FROM v6_sequence v WHERE v.name = sqlite_sequence.name))
WHERE name IN (SELECT name FROM v6_sequence);
INSERT INTO sqlite_sequence (name, seq)
SELECT v.name, v.seq FROM v6_sequence v
WHERE v.name IN ('check_in', 'session', 'activity') AND v.name NOT IN (SELECT name FROM sqlite_sequence);
DROP TABLE v6_sequence;
