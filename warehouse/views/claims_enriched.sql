-- Each claim with its statement (date, speaker, title, url) and its target entities
-- resolved through entity_catalog, ready for analysts.
CREATE OR REPLACE VIEW claims_enriched AS
WITH targets AS (
    SELECT c.statement_id, c.claim_id,
           list(coalesce(e.canonical_name, t.id) ORDER BY t.pos) AS target_entities
    FROM claims c,
         unnest(c.target_entity_ids) WITH ORDINALITY AS t(id, pos)
    LEFT JOIN entity_catalog e ON e.canonical_id = t.id
    GROUP BY ALL
)
SELECT
    c.statement_id, c.claim_id, s.published_on, c.year, s.title, s.url, s.kind,
    s.speaker AS statement_speaker, c.speaker, c.predicate, c.stance, c.target,
    c.target_entity_ids, coalesce(t.target_entities, []) AS target_entities,
    c.confidence, c.rule, c.text, c.sentence_index, c.char_start, c.char_end, c.extractor_version
FROM claims c
JOIN statements s USING (statement_id)
LEFT JOIN targets t USING (statement_id, claim_id);
