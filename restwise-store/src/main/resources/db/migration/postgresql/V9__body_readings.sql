-- Version 9: the body's own signals, one row per athlete, day and signal (HRV as rMSSD, SDNN kept
-- apart from it, resting heart rate, sleep, the jump test). Each row says where its value came
-- from; when two sources give the same day, the application keeps the one that ranks higher
-- (WellnessSource), so the table never mixes two sources inside one signal of one day.

CREATE TABLE body_reading (
    athlete_id          BIGINT  NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    reading_date        TEXT    NOT NULL,
    signal              TEXT    NOT NULL CHECK (signal IN ('HRV', 'SDNN', 'RESTING_HEART_RATE', 'SLEEP', 'JUMP')),
    source              TEXT    NOT NULL,
    value               DOUBLE PRECISION,
    details             TEXT    NOT NULL DEFAULT '',
    recorded_at         BIGINT  NOT NULL,
    PRIMARY KEY (athlete_id, reading_date, signal)
);

-- A coach's morning shows who is outside their normal: a new reading changes it.
CREATE TRIGGER body_reading_raises_revision AFTER INSERT OR UPDATE OR DELETE ON body_reading
    FOR EACH ROW EXECUTE FUNCTION raise_athlete_revision();
