-- One row per state or territory with an ISO 3166 alpha-3 code in entity_catalog (kind:
-- 'state' when the code is its canonical_id, 'territory' for e.g. region:hong-kong / HKG),
-- every one listed even when no statement names it. Its ids are all catalogue entries
-- with that iso3 (e.g. CHN and gov:CHN, "Government of China"):
--   statements / mentions       statements naming the state, and how often;
--   claims ...                  claims whose target_entity_ids contain one of its ids,
--                               by predicate and stance;
--   top_co_mentioned            the ten canonical entities most often named in the same
--                               sentence as the state (other ids of the state excluded).
CREATE OR REPLACE VIEW country_profile AS
WITH states AS (
    SELECT canonical_id, canonical_name AS name, iso3,
           CASE WHEN canonical_id = iso3 THEN 'state' ELSE 'territory' END AS kind
    FROM entity_catalog
    WHERE iso3 IS NOT NULL AND label = 'GPE'
    QUALIFY row_number() OVER (PARTITION BY iso3 ORDER BY canonical_id = iso3 DESC, canonical_id) = 1
),
state_ids AS (
    SELECT s.iso3, c.canonical_id
    FROM states s JOIN entity_catalog c USING (iso3)
),
mentions AS (
    SELECT i.iso3, e.statement_id, e.sentence_index
    FROM entities e JOIN state_ids i USING (canonical_id)
),
mention_stats AS (
    SELECT m.iso3, count(*) AS mentions, count(DISTINCT m.statement_id) AS statements,
           min(st.published_on) AS first_mentioned_on, max(st.published_on) AS last_mentioned_on
    FROM mentions m LEFT JOIN statements st USING (statement_id)
    GROUP BY m.iso3
),
targeted AS (
    SELECT DISTINCT i.iso3, c.statement_id, c.claim_id, c.predicate, c.stance
    FROM claims c JOIN state_ids i ON list_contains(c.target_entity_ids, i.canonical_id)
),
by_act AS (
    SELECT iso3, predicate, stance, count(*) AS claims
    FROM targeted GROUP BY ALL
),
claim_stats AS (
    SELECT iso3,
           sum(claims)::BIGINT AS claims,
           coalesce(sum(claims) FILTER (WHERE stance = 'positive'), 0)::BIGINT AS positive_claims,
           coalesce(sum(claims) FILTER (WHERE stance = 'negative'), 0)::BIGINT AS negative_claims,
           coalesce(sum(claims) FILTER (WHERE stance = 'neutral'), 0)::BIGINT AS neutral_claims,
           list({'predicate': predicate, 'stance': stance, 'claims': claims}
                ORDER BY claims DESC, predicate, stance) AS claims_by_predicate_stance
    FROM by_act GROUP BY iso3
),
co AS (
    SELECT m.iso3, e.canonical_id,
           count(DISTINCT (e.statement_id, e.sentence_index)) AS sentences,
           count(DISTINCT e.statement_id) AS statements
    FROM (SELECT DISTINCT iso3, statement_id, sentence_index FROM mentions) m
    JOIN entities e USING (statement_id, sentence_index)
    LEFT JOIN state_ids own ON own.iso3 = m.iso3 AND own.canonical_id = e.canonical_id
    WHERE e.canonical_id IS NOT NULL AND own.canonical_id IS NULL
    GROUP BY ALL
),
co_ranked AS (
    SELECT co.*, coalesce(c.canonical_name, co.canonical_id) AS name,
           row_number() OVER (PARTITION BY co.iso3
                              ORDER BY co.sentences DESC, co.statements DESC, co.canonical_id) AS rank
    FROM co LEFT JOIN entity_catalog c USING (canonical_id)
),
co_lists AS (
    SELECT iso3, list({'canonical_id': canonical_id, 'name': name, 'sentences': sentences,
                       'statements': statements} ORDER BY rank) AS top_co_mentioned
    FROM co_ranked WHERE rank <= 10 GROUP BY iso3
)
SELECT
    s.iso3, s.canonical_id, s.name, s.kind,
    coalesce(ms.statements, 0) AS statements,
    coalesce(ms.mentions, 0) AS mentions,
    ms.first_mentioned_on, ms.last_mentioned_on,
    coalesce(cs.claims, 0) AS claims,
    coalesce(cs.positive_claims, 0) AS positive_claims,
    coalesce(cs.negative_claims, 0) AS negative_claims,
    coalesce(cs.neutral_claims, 0) AS neutral_claims,
    coalesce(cs.claims_by_predicate_stance, []) AS claims_by_predicate_stance,
    coalesce(cl.top_co_mentioned, []) AS top_co_mentioned
FROM states s
LEFT JOIN mention_stats ms USING (iso3)
LEFT JOIN claim_stats cs USING (iso3)
LEFT JOIN co_lists cl USING (iso3);
