-- Version 3: each imported activity keeps a compact profile for its charts (about 500 points of
-- distance, elevation, pace and grade-adjusted pace, ~12 KB) instead of the whole file.
-- NULL for activities imported before version 3.
ALTER TABLE activity ADD COLUMN profile TEXT;
