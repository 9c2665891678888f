-- 001: the first warehouse layout (un-statements-etl 0.1.0 development).
-- Migrations are append-only: never edit an applied file, add the next number.

CREATE TABLE IF NOT EXISTS statements (
    statement_id VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    source_uri VARCHAR NOT NULL,
    url VARCHAR,
    title VARCHAR,
    speaker VARCHAR,
    speaker_role VARCHAR,
    published_on DATE,
    year INTEGER,
    location VARCHAR,
    language VARCHAR NOT NULL,
    kind VARCHAR,
    text VARCHAR NOT NULL,
    word_count INTEGER NOT NULL,
    content_hash VARCHAR NOT NULL,
    clean_steps VARCHAR[] NOT NULL,
    withdrawn_at TIMESTAMP,
    run_id VARCHAR NOT NULL,
    PRIMARY KEY (statement_id)
);

CREATE TABLE IF NOT EXISTS statement_sources (
    statement_id VARCHAR NOT NULL,
    year INTEGER,
    source VARCHAR NOT NULL,
    source_uri VARCHAR NOT NULL,
    url VARCHAR,
    content_hash VARCHAR NOT NULL,
    first_seen_at TIMESTAMP NOT NULL,
    PRIMARY KEY (source, source_uri)
);

CREATE TABLE IF NOT EXISTS sentences (
    statement_id VARCHAR NOT NULL,
    year INTEGER,
    sentence_index INTEGER NOT NULL,
    section VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    PRIMARY KEY (statement_id, sentence_index)
);

CREATE TABLE IF NOT EXISTS entities (
    statement_id VARCHAR NOT NULL,
    year INTEGER,
    mention_id INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    canonical_name VARCHAR,
    canonical_id VARCHAR,
    sentence_index INTEGER NOT NULL,
    section VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (statement_id, mention_id)
);

CREATE TABLE IF NOT EXISTS dates (
    statement_id VARCHAR NOT NULL,
    year INTEGER,
    date_id INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    timex_type VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    modifier VARCHAR,
    range_id VARCHAR,
    start_date DATE,
    end_date DATE,
    granularity VARCHAR,
    sentence_index INTEGER NOT NULL,
    section VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (statement_id, date_id)
);

CREATE TABLE IF NOT EXISTS claims (
    statement_id VARCHAR NOT NULL,
    year INTEGER,
    claim_id INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    speaker VARCHAR,
    predicate VARCHAR NOT NULL,
    stance VARCHAR NOT NULL,
    target VARCHAR,
    target_entity_ids VARCHAR[] NOT NULL,
    confidence DOUBLE NOT NULL,
    rule VARCHAR NOT NULL,
    sentence_index INTEGER NOT NULL,
    section VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    extractor_version VARCHAR NOT NULL,
    PRIMARY KEY (statement_id, claim_id)
);

CREATE TABLE IF NOT EXISTS entity_catalog (
    canonical_id VARCHAR NOT NULL,
    canonical_name VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    aliases VARCHAR[] NOT NULL,
    wikidata_id VARCHAR,
    iso3 VARCHAR,
    PRIMARY KEY (canonical_id)
);

CREATE TABLE IF NOT EXISTS quarantine (
    source VARCHAR NOT NULL,
    source_uri VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    detail VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL,
    seen_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    source VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL,
    model VARCHAR NOT NULL,
    counts VARCHAR NOT NULL,
    outcome VARCHAR NOT NULL,
    PRIMARY KEY (run_id)
);

CREATE TABLE IF NOT EXISTS source_state (
    source VARCHAR NOT NULL,
    cursor VARCHAR,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (source)
);
