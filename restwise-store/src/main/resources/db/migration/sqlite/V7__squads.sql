-- Version 7: coaches and their squads. A coach reads the journal of an athlete only while the
-- athlete is a member of one of the coach's squads, which the athlete joins by accepting an
-- invitation and may leave at any time. Coach and athlete talk through notes on the athlete's days.

CREATE TABLE squad (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    coach_account_id    INTEGER  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name                TEXT    NOT NULL,
    created_at          BIGINT  NOT NULL                -- epoch milliseconds
);
CREATE INDEX squad_by_coach ON squad (coach_account_id);

CREATE TABLE squad_member (
    squad_id            INTEGER  NOT NULL REFERENCES squad (id) ON DELETE CASCADE,
    athlete_id          INTEGER  NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    joined_at           BIGINT  NOT NULL,
    PRIMARY KEY (squad_id, athlete_id)
);
CREATE INDEX squad_member_by_athlete ON squad_member (athlete_id);

-- An invitation is a link with a random code, shown once to the coach and stored only as its
-- SHA-256; it works once, before it expires.
CREATE TABLE invitation (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    squad_id            INTEGER  NOT NULL REFERENCES squad (id) ON DELETE CASCADE,
    code_hash           TEXT    NOT NULL UNIQUE,
    created_at          BIGINT  NOT NULL,
    expires_at          BIGINT  NOT NULL,
    accepted_at         BIGINT,
    accepted_by         INTEGER  REFERENCES account (id) ON DELETE SET NULL
);
CREATE INDEX invitation_by_squad ON invitation (squad_id);

-- Notes on an athlete's day: a coach's, and the athlete's replies. They belong to the athlete's
-- journal (deleted with it) and to their writer (deleted with the writer's account).
CREATE TABLE day_note (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    athlete_id          INTEGER  NOT NULL REFERENCES athlete (id) ON DELETE CASCADE,
    note_date           TEXT    NOT NULL,
    author_account_id   INTEGER  NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    body                TEXT    NOT NULL,
    created_at          BIGINT  NOT NULL
);
CREATE INDEX day_note_by_athlete_date ON day_note (athlete_id, note_date);
