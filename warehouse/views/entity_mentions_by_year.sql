-- How often each entity is mentioned, per year of publication: one row per canonical
-- entity (id, name and label from entity_catalog) x year, with its mentions and the
-- number of statements mentioning it. Mentions the gazetteers could not normalise have
-- no canonical_id: they are grouped by their text and label, so "Training Centre" (ORG)
-- still counts, but is not merged with other spellings (is_canonical = false).
CREATE OR REPLACE VIEW entity_mentions_by_year AS
WITH mentions AS (
    SELECT
        e.year,
        e.statement_id,
        e.canonical_id,
        -- one group key per entity: its id, else its text and label
        coalesce(e.canonical_id, e.label || ':' || e.text) AS entity_key,
        coalesce(c.canonical_name, e.canonical_name, e.text) AS name,
        coalesce(c.label, e.label) AS label
    FROM entities e
    LEFT JOIN entity_catalog c ON c.canonical_id = e.canonical_id
)
SELECT
    any_value(canonical_id) AS canonical_id,
    -- the catalogue's name and label when known; else the most frequent spelling
    mode(name) AS name,
    mode(label) AS label,
    any_value(canonical_id) IS NOT NULL AS is_canonical,
    year,
    count(*) AS mentions,
    count(DISTINCT statement_id) AS statements
FROM mentions
GROUP BY entity_key, year;
