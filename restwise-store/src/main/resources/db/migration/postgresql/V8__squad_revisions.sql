-- Version 8: a revision on every athlete and squad, raised by the database itself whenever
-- something a coach's morning page shows changes (a check-in, a session, the athlete's name, who
-- is in the squad). A server keeps the page it computed and reuses it while the revisions it was
-- computed from stand, so two servers on one database never show each other stale mornings:
-- the revision lives here, not in either process.

ALTER TABLE athlete ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
ALTER TABLE squad ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
-- Every check-in now updates its athlete's row, so these small tables see many updates: room on
-- each page for the new row version (an update in place, pruned as it goes) and a vacuum after a
-- few hundred dead versions instead of after a fifth of the table.
ALTER TABLE athlete SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500);
ALTER TABLE squad SET (fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500);

CREATE FUNCTION raise_athlete_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE athlete SET revision = revision + 1 WHERE id = OLD.athlete_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE athlete SET revision = revision + 1 WHERE id = NEW.athlete_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION raise_squad_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE squad SET revision = revision + 1 WHERE id = OLD.squad_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE squad SET revision = revision + 1 WHERE id = NEW.squad_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER check_in_raises_revision AFTER INSERT OR UPDATE OR DELETE ON check_in
    FOR EACH ROW EXECUTE FUNCTION raise_athlete_revision();
CREATE TRIGGER session_raises_revision AFTER INSERT OR UPDATE OR DELETE ON session
    FOR EACH ROW EXECUTE FUNCTION raise_athlete_revision();
CREATE TRIGGER profile_raises_revision AFTER INSERT OR UPDATE OR DELETE ON profile
    FOR EACH ROW EXECUTE FUNCTION raise_athlete_revision();
CREATE TRIGGER squad_member_raises_revision AFTER INSERT OR UPDATE OR DELETE ON squad_member
    FOR EACH ROW EXECUTE FUNCTION raise_squad_revision();
