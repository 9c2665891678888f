-- Ten questions analysts ask of the warehouse, each answered by one query.
--
-- Run one with the CLI (read-only; `--` because the query starts with a comment), e.g.
--   un-statements query --data-dir data -- "$(sed -n '/name: xinjiang_concerns_2022/,/;$/p' warehouse/examples.sql)"
-- or paste it into any DuckDB client opened on data/un_statements.duckdb with -readonly.
--
-- Each query starts with "-- name:" (a stable handle), "-- question:" (what it answers)
-- and "-- expect:" ("rows" when the bundled sample alone yields rows; "any" when the
-- answer may be empty, e.g. before the date tagger has filled `dates`). Edit the
-- literals (years, ids, words) to ask about something else: ids are in entity_catalog.


-- name: xinjiang_concerns_2022
-- question: Every claim of concern or alarm about Xinjiang in 2022, with its sentence.
-- expect: rows
-- A claim is "about Xinjiang" when Xinjiang is among its targets or named in its sentence.
SELECT c.published_on, c.speaker, c.predicate, c.stance, c.target, c.text AS sentence, c.title, c.url
FROM claims_enriched c
WHERE c.year = 2022
  AND c.predicate IN ('concern', 'alarm')
  AND (list_contains(c.target_entity_ids, 'region:xinjiang')
       OR EXISTS (SELECT 1 FROM entities e
                  WHERE e.statement_id = c.statement_id AND e.sentence_index = c.sentence_index
                    AND e.canonical_id = 'region:xinjiang'))
ORDER BY c.published_on, c.statement_id, c.claim_id;


-- name: high_commissioner_concerns_china_2022
-- question: Which claims of concern about China did the High Commissioner make in 2022, and on what dates?
-- expect: rows
-- "About China" = targets holding any catalogue id of China (CHN, gov:CHN). The date is the
-- statement's publication date, and dates_in_sentence lists the TIMEX3 values the sentence itself names.
SELECT c.published_on, c.speaker, c.predicate, c.target, c.text AS sentence,
       (SELECT list(d.value ORDER BY d.date_id) FROM dates d
        WHERE d.statement_id = c.statement_id AND d.sentence_index = c.sentence_index) AS dates_in_sentence,
       c.url
FROM claims_enriched c
JOIN statements s USING (statement_id)
WHERE c.year = 2022
  AND s.speaker_role ILIKE '%High Commissioner%'
  AND c.speaker = s.speaker
  AND c.predicate IN ('concern', 'alarm', 'regret', 'condemn')
  AND EXISTS (SELECT 1 FROM entity_catalog k
              WHERE k.iso3 = 'CHN' AND list_contains(c.target_entity_ids, k.canonical_id))
ORDER BY c.published_on, c.claim_id;


-- name: top_entities_per_year
-- question: Which five entities were named in the most statements each year?
-- expect: rows
SELECT year, name, label, canonical_id, statements, mentions
FROM entity_mentions_by_year
WHERE is_canonical
QUALIFY row_number() OVER (PARTITION BY year ORDER BY statements DESC, mentions DESC, name) <= 5
ORDER BY year DESC, statements DESC, mentions DESC;


-- name: country_profile_china
-- question: What is said about China: how often, with which acts and stances, next to whom?
-- expect: rows
SELECT name, statements, mentions, first_mentioned_on, last_mentioned_on,
       claims, positive_claims, negative_claims, neutral_claims,
       claims_by_predicate_stance, top_co_mentioned
FROM country_profile
WHERE iso3 = 'CHN';


-- name: states_by_criticism
-- question: Which states are named most, and which draw the most negative claims?
-- expect: rows
SELECT iso3, name, statements, mentions, claims, negative_claims,
       round(negative_claims / nullif(claims, 0), 2) AS negative_share
FROM country_profile
WHERE statements > 0 OR claims > 0
ORDER BY negative_claims DESC, statements DESC, mentions DESC
LIMIT 20;


-- name: stance_by_speaker
-- question: How positive, negative or neutral is each speaker, year by year?
-- expect: rows
SELECT year, speaker,
       count(*) AS claims,
       count(*) FILTER (WHERE stance = 'positive') AS positive,
       count(*) FILTER (WHERE stance = 'negative') AS negative,
       count(*) FILTER (WHERE stance = 'neutral') AS neutral
FROM claims_enriched
GROUP BY ALL
ORDER BY year DESC, claims DESC;


-- name: calls_to_action
-- question: What did speakers call for, urge or recommend, and of whom, most recent first?
-- expect: rows
SELECT published_on, speaker, predicate, target, target_entities, text AS sentence
FROM claims_enriched
WHERE predicate IN ('call', 'urge', 'appeal', 'recommend', 'encourage')
ORDER BY published_on DESC NULLS LAST, statement_id, claim_id;


-- name: treaties_cited
-- question: Which treaties and laws are cited, in how many statements, and where first?
-- expect: rows
SELECT coalesce(k.canonical_name, e.canonical_name, e.text) AS instrument,
       e.canonical_id,
       count(DISTINCT e.statement_id) AS statements,
       count(*) AS mentions,
       min(s.published_on) AS first_cited_on
FROM entities e
JOIN statements s USING (statement_id)
LEFT JOIN entity_catalog k USING (canonical_id)
WHERE e.label = 'LAW'
GROUP BY ALL
ORDER BY statements DESC, mentions DESC, instrument;


-- name: sentences_about_detention
-- question: Every sentence in the speakers' own words that mentions detention or forced labour.
-- expect: rows
-- Editor's notes are excluded (not the speaker's words). For large archives, DuckDB's fts
-- extension gives ranked search where it can be installed; ILIKE needs nothing.
SELECT s.published_on, s.speaker, s.title, x.sentence_index, x.text AS sentence
FROM sentences x
JOIN statements s USING (statement_id)
WHERE x.section = 'body'
  AND (x.text ILIKE '%detention%' OR x.text ILIKE '%forced labour%')
ORDER BY s.published_on, x.statement_id, x.sentence_index;


-- name: statements_looking_back
-- question: Which statements refer to events more than a year before their publication, and to what period?
-- expect: any
SELECT published_on, title, speaker, referenced_from, referenced_to, looks_back_days, referenced_values
FROM statement_timeline
WHERE looks_back_days > 365
ORDER BY looks_back_days DESC;
