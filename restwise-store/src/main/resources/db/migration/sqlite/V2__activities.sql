-- Version 2: activities imported from watch files (one per session), and whether a recovery session
-- turned into medium work.

-- Why a recovery session was more than a recovery dose; NULL while it stayed recovery.
ALTER TABLE session ADD COLUMN medium_work_reason TEXT;

CREATE TABLE activity (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Deleting the session deletes its activity, so the file can be imported again.
    session_id              INTEGER NOT NULL UNIQUE REFERENCES session (id) ON DELETE CASCADE,
    -- SHA-256 of the measured values: the same file imported twice, even by two processes at once, is refused here.
    fingerprint             TEXT NOT NULL UNIQUE,
    source_file             TEXT NOT NULL,
    format                  TEXT NOT NULL,
    sport                   TEXT NOT NULL,
    start_instant           TEXT,           -- ISO-8601 instant
    start_epoch_second      BIGINT,         -- the same, for the near-duplicate range query
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
    inference_reason        TEXT NOT NULL
);

CREATE INDEX activity_by_start ON activity (start_epoch_second);
