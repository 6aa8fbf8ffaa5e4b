-- Version 10: each imported activity keeps what its type was guessed from beyond the summary (the
-- file's legs and the track's fastest minute and ten minutes), so the type can be read again without
-- the file. NULL for activities imported before version 10.
ALTER TABLE activity ADD COLUMN inference_basis TEXT;
