-- A progress entry can carry its evidence: a link (a web page, a document on a portal) and/or
-- a file copied into the data folder (its path relative to that folder, with "/" separators).
ALTER TABLE history ADD COLUMN evidence_link TEXT;
ALTER TABLE history ADD COLUMN attachment TEXT;
