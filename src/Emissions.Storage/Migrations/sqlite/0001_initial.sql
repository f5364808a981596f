-- 0001: keys, submissions (append-only revisions), custom factor-set versions.
-- Timestamps are ISO 8601 UTC text in both providers so that rows read back identically.

CREATE TABLE api_keys (
    key_hash    TEXT PRIMARY KEY,            -- sha256 (hex) of the key; the key itself is never stored
    key_prefix  TEXT NOT NULL,               -- first characters, to tell keys apart in logs
    org_id      TEXT NOT NULL,
    role        TEXT NOT NULL CHECK (role IN ('submitter', 'auditor', 'admin')),
    created_at  TEXT NOT NULL
);
CREATE INDEX ix_api_keys_org ON api_keys (org_id);

CREATE TABLE submissions (
    submission_id TEXT PRIMARY KEY,
    org_id        TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('inputs', 'report')),
    created_at    TEXT NOT NULL
);
CREATE INDEX ix_submissions_org ON submissions (org_id, submission_id);

CREATE TABLE submission_revisions (
    submission_id      TEXT NOT NULL REFERENCES submissions (submission_id),
    revision           INTEGER NOT NULL CHECK (revision >= 1),
    org_id             TEXT NOT NULL,
    period             TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('inputs', 'report')),
    factor_set_id      TEXT NULL,
    factor_set_version INTEGER NULL,
    factor_set_hash    TEXT NULL,
    body               TEXT NOT NULL,        -- canonical JSON of the document, exactly the bytes hashed
    content_hash       TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,        -- key prefix of the writer
    PRIMARY KEY (submission_id, revision)
);
CREATE INDEX ix_revisions_org_period ON submission_revisions (org_id, period);

-- Nothing is ever overwritten or deleted: the database refuses it, not just the code.
CREATE TRIGGER submission_revisions_no_update BEFORE UPDATE ON submission_revisions
BEGIN SELECT RAISE(ABORT, 'submission revisions are append-only'); END;
CREATE TRIGGER submission_revisions_no_delete BEFORE DELETE ON submission_revisions
BEGIN SELECT RAISE(ABORT, 'submission revisions are append-only'); END;
CREATE TRIGGER submissions_no_update BEFORE UPDATE ON submissions
BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;
CREATE TRIGGER submissions_no_delete BEFORE DELETE ON submissions
BEGIN SELECT RAISE(ABORT, 'submissions are append-only'); END;

CREATE TABLE factor_sets (
    org_id       TEXT NOT NULL,
    set_id       TEXT NOT NULL,
    version      INTEGER NOT NULL CHECK (version >= 1),
    body         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    PRIMARY KEY (org_id, set_id, version)
);

CREATE TRIGGER factor_sets_no_update BEFORE UPDATE ON factor_sets
BEGIN SELECT RAISE(ABORT, 'factor set versions are immutable'); END;
CREATE TRIGGER factor_sets_no_delete BEFORE DELETE ON factor_sets
BEGIN SELECT RAISE(ABORT, 'factor set versions are immutable'); END;
