-- Version 9: the body's own signals, one row per athlete, day and signal (HRV as rMSSD, SDNN kept
-- apart from it, resting heart rate, sleep, the jump test). Each row says where its value came
-- from; when two sources give the same day, the application keeps the one that ranks higher
-- (WellnessSource), so the table never mixes two sources inside one signal of one day.

CREATE TABLE body_reading (
    athlete_id          INTEGER NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    reading_date        TEXT    NOT NULL,               -- the local date the athlete woke up on
    signal              TEXT    NOT NULL CHECK (signal IN ('HRV', 'SDNN', 'RESTING_HEART_RATE', 'SLEEP', 'JUMP')),
    source              TEXT    NOT NULL,
    value               REAL,                           -- rMSSD or SDNN ms, bpm, hours asleep, jump cm
    details             TEXT    NOT NULL DEFAULT '',    -- the signal's other figures, key=value;…
    recorded_at         BIGINT  NOT NULL,               -- epoch milliseconds
    PRIMARY KEY (athlete_id, reading_date, signal)
);

-- A coach's morning shows who is outside their normal: a new reading changes it.
CREATE TRIGGER body_reading_insert_raises_revision AFTER INSERT ON body_reading
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id = NEW.athlete_id; END;
CREATE TRIGGER body_reading_update_raises_revision AFTER UPDATE ON body_reading
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id IN (OLD.athlete_id, NEW.athlete_id); END;
CREATE TRIGGER body_reading_delete_raises_revision AFTER DELETE ON body_reading
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id = OLD.athlete_id; END;
