-- Swelling is asked as two questions from now on: puffy legs all over (a flow sign) and swelling in
-- one place (a damage sign, the existing column). Older check-ins keep their swelling answer as
-- given, the safe reading, and did not report puffy legs.
ALTER TABLE check_in ADD COLUMN puffy_legs BOOLEAN NOT NULL DEFAULT FALSE;
