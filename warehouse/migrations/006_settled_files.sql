-- 006: what each local file held when it was last read, and by which version of the reading code.
-- Internal (not in schemas/, not exported): a re-run skips reading and cleaning a file whose
-- bytes and reader are unchanged and whose statement the warehouse holds as it is.
CREATE TABLE IF NOT EXISTS settled_files (
    source VARCHAR NOT NULL,
    source_uri VARCHAR NOT NULL,
    raw_hash VARCHAR NOT NULL,
    reader VARCHAR NOT NULL,
    statement_id VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    published_on DATE,
    PRIMARY KEY (source, source_uri)
);
