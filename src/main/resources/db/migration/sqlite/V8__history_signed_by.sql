-- A history entry can say which database login wrote it (signed_by). Only a team workspace on
-- PostgreSQL fills it, from the connection's login (see the PostgreSQL V8); a store file on a
-- laptop has no logins and leaves it empty. The column is here so both databases have the same
-- tables, and the jOOQ classes generated from these migrations serve both.
ALTER TABLE history ADD COLUMN signed_by TEXT;
