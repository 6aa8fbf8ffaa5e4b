-- Version 8: a revision on every athlete and squad, raised by the database itself whenever
-- something a coach's morning page shows changes (a check-in, a session, the athlete's name, who
-- is in the squad). A server keeps the page it computed and reuses it while the revisions it was
-- computed from stand: the revision lives in the journal, not in the process.

ALTER TABLE athlete ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE squad ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER check_in_insert_raises_revision AFTER INSERT ON check_in
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id = NEW.athlete_id; END;
CREATE TRIGGER check_in_update_raises_revision AFTER UPDATE ON check_in
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id IN (OLD.athlete_id, NEW.athlete_id); END;
CREATE TRIGGER check_in_delete_raises_revision AFTER DELETE ON check_in
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id = OLD.athlete_id; END;

CREATE TRIGGER session_insert_raises_revision AFTER INSERT ON session
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id = NEW.athlete_id; END;
CREATE TRIGGER session_update_raises_revision AFTER UPDATE ON session
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id IN (OLD.athlete_id, NEW.athlete_id); END;
CREATE TRIGGER session_delete_raises_revision AFTER DELETE ON session
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id = OLD.athlete_id; END;

CREATE TRIGGER profile_insert_raises_revision AFTER INSERT ON profile
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id = NEW.athlete_id; END;
CREATE TRIGGER profile_update_raises_revision AFTER UPDATE ON profile
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id IN (OLD.athlete_id, NEW.athlete_id); END;
CREATE TRIGGER profile_delete_raises_revision AFTER DELETE ON profile
BEGIN UPDATE athlete SET revision = revision + 1 WHERE id = OLD.athlete_id; END;

CREATE TRIGGER squad_member_insert_raises_revision AFTER INSERT ON squad_member
BEGIN UPDATE squad SET revision = revision + 1 WHERE id = NEW.squad_id; END;
CREATE TRIGGER squad_member_update_raises_revision AFTER UPDATE ON squad_member
BEGIN UPDATE squad SET revision = revision + 1 WHERE id IN (OLD.squad_id, NEW.squad_id); END;
CREATE TRIGGER squad_member_delete_raises_revision AFTER DELETE ON squad_member
BEGIN UPDATE squad SET revision = revision + 1 WHERE id = OLD.squad_id; END;
