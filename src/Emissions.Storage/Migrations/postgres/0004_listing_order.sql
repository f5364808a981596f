-- 0004: submissions list in the order their creation committed (seq), not by id. Ids are version-7 GUIDs made
-- monotonic within one process; ids from replicas order by millisecond only, so a listing by id could pass a
-- submission another replica committed later with a smaller id. A sequence alone is not enough either (values are
-- taken at insert, not at commit): a writer takes nextval while holding a transaction-scoped advisory lock on its
-- organisation (SqlStore), so within an organisation seq order is commit order and a listing that has seen seq n
-- has seen every smaller seq of that organisation.
-- Existing rows keep the order they were listed in before: by id.
ALTER TABLE submissions ADD COLUMN seq bigint NULL;

ALTER TABLE submissions DISABLE TRIGGER submissions_append_only;
UPDATE submissions s SET seq = o.n
FROM (SELECT submission_id, row_number() OVER (ORDER BY submission_id) AS n FROM submissions) o
WHERE o.submission_id = s.submission_id;
ALTER TABLE submissions ENABLE TRIGGER submissions_append_only;

CREATE SEQUENCE submissions_seq OWNED BY submissions.seq;
SELECT setval('submissions_seq', COALESCE((SELECT MAX(seq) FROM submissions), 0) + 1, false);
ALTER TABLE submissions ALTER COLUMN seq SET DEFAULT nextval('submissions_seq'), ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX ux_submissions_seq ON submissions (seq);
CREATE INDEX ix_submissions_org_seq ON submissions (org_id, seq);
