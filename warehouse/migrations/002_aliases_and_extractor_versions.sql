-- 002: statement_sources says which identity a statement_id came from, and runs record
-- the version of every extractor (so a changed extractor can re-run over stored text).
ALTER TABLE statement_sources ADD COLUMN is_primary BOOLEAN DEFAULT false;
UPDATE statement_sources SET is_primary = true
WHERE (statement_id, source, source_uri) IN (
    SELECT s.statement_id, s.source, s.source_uri FROM statements s
);
ALTER TABLE runs ADD COLUMN extractor_versions VARCHAR;
