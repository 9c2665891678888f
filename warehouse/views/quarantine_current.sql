-- Each quarantined document's latest state, without the repeats of the quarantine log.
-- A document that has since loaded (same source and source_uri in statement_sources,
-- first seen after its last rejection) is no longer listed.
CREATE OR REPLACE VIEW quarantine_current AS
SELECT q.* EXCLUDE (rn)
FROM (
    SELECT *, row_number() OVER (PARTITION BY source, source_uri ORDER BY seen_at DESC) AS rn
    FROM quarantine
) q
WHERE q.rn = 1
  AND NOT EXISTS (
      SELECT 1 FROM statement_sources s
      WHERE s.source = q.source AND s.source_uri = q.source_uri AND s.first_seen_at > q.seen_at
  );
