-- 005: the header reader records the document symbol, who delivered a statement on its
-- speaker's behalf, and how each header field was found (so analysts can drop weak guesses).
ALTER TABLE statements ADD COLUMN symbol VARCHAR;
ALTER TABLE statements ADD COLUMN delivered_by VARCHAR;
ALTER TABLE statements ADD COLUMN header_provenance VARCHAR;
-- kind is now a closed vocabulary (schemas/statements.yaml); earlier runs wrote the page's label
UPDATE statements SET kind = CASE upper(kind)
    WHEN 'FEATURE' THEN 'news' WHEN 'PRESS RELEASE' THEN 'press_release' WHEN 'STATEMENT' THEN 'statement'
    WHEN 'SPEECH' THEN 'speech' WHEN 'BRIEFING NOTE' THEN 'briefing_note'
    WHEN 'PRESS CONFERENCE' THEN 'press_conference' WHEN 'MEETING COVERAGE' THEN 'meeting_summary'
    WHEN 'MEETING SUMMARY' THEN 'meeting_summary' WHEN 'NOTE TO CORRESPONDENTS' THEN 'statement'
    ELSE 'other' END
WHERE kind IS NOT NULL;
