-- The runner's journal, version 1. Dates and times are ISO-8601 text in every database, so the same
-- repositories read and write them alike and exports stay byte-identical across vendors.

CREATE TABLE profile (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),  -- one runner per journal
    name                TEXT,
    max_hr              INTEGER,
    resting_hr          INTEGER,
    threshold_hr        INTEGER,
    usual_doms_days     INTEGER,
    sex                 TEXT,
    units               TEXT NOT NULL
);

CREATE TABLE check_in (
    id                              INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reuse a deleted id
    check_in_date                   TEXT NOT NULL UNIQUE,
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
    scenarios                       TEXT NOT NULL,  -- comma-separated Scenario names, engine order
    red_flags                       TEXT NOT NULL,  -- comma-separated RedFlag names, engine order
    advice_json                     TEXT NOT NULL   -- the advice output as printed, for "today" and export
);

CREATE TABLE session (
    id                              INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reuse a deleted id
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
    left_flatter                    INTEGER
);

CREATE INDEX session_by_date ON session (session_date);
