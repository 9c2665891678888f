-- 003: each statement records the extractor versions that produced its rows, so a run can
-- skip a statement whose content and extractors are both unchanged.
ALTER TABLE statements ADD COLUMN extractor_versions VARCHAR;
