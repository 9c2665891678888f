-- Each statement with the period it talks about: the calendar range covered by the
-- dates it references (TIMEX3 values from the dates table, anchored to its publication
-- date). Statements without resolvable dates keep a row, with null bounds and count 0,
-- so the view also lists statements before the date tagger has run.
CREATE OR REPLACE VIEW statement_timeline AS
WITH refs AS (
    SELECT
        statement_id,
        min(start_date) AS referenced_from,
        max(end_date) AS referenced_to,
        list(DISTINCT value ORDER BY value) AS referenced_values,
        count(*) AS date_mentions,
        count(start_date) AS calendar_date_mentions
    FROM dates
    GROUP BY statement_id
)
SELECT
    s.statement_id,
    s.published_on,
    s.year,
    s.title,
    s.speaker,
    s.speaker_role,
    s.kind,
    s.url,
    r.referenced_from,
    r.referenced_to,
    coalesce(r.referenced_values, []) AS referenced_values,
    coalesce(r.date_mentions, 0) AS date_mentions,
    coalesce(r.calendar_date_mentions, 0) AS calendar_date_mentions,
    -- how far back the statement looks, in days before its publication (null when unknown)
    s.published_on - r.referenced_from AS looks_back_days,
    s.withdrawn_at
FROM statements s
LEFT JOIN refs r USING (statement_id);
