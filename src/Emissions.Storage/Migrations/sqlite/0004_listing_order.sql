-- 0004: submissions list in the order their creation committed (seq), not by id. Ids are version-7 GUIDs made
-- monotonic within one process; ids from two processes order by millisecond only, so a listing by id could pass a
-- submission another process committed later with a smaller id. SQLite serialises writers (BEGIN IMMEDIATE), so
-- MAX(seq) + 1 taken inside the write transaction is the commit order.
-- Existing rows keep the order they were listed in before: by id.
ALTER TABLE submissions ADD COLUMN seq INTEGER NULL;

DROP TRIGGER submissions_no_update;
UPDATE submissions SET seq = o.n
FROM (SELECT submission_id, ROW_NUMBER() OVER (ORDER BY submission_id) AS n FROM submissions) AS o
WHERE o.submission_id = submissions.submission_id;
CREATE TRIGGER submissions_no_update BEFORE UPDATE ON submissions
BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;

-- SQLite cannot add NOT NULL to an existing column; every insert sets seq (SqlStore), and the index keeps it unique.
CREATE UNIQUE INDEX ux_submissions_seq ON submissions (seq);
CREATE INDEX ix_submissions_org_seq ON submissions (org_id, seq);
