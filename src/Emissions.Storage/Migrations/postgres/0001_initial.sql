-- 0001: keys, submissions (append-only revisions), custom factor-set versions.
-- Timestamps are ISO 8601 UTC text in both providers so that rows read back identically.

CREATE TABLE api_keys (
    key_hash    text PRIMARY KEY,
    key_prefix  text NOT NULL,
    org_id      text NOT NULL,
    role        text NOT NULL CHECK (role IN ('submitter', 'auditor', 'admin')),
    created_at  text NOT NULL
);
CREATE INDEX ix_api_keys_org ON api_keys (org_id);

CREATE TABLE submissions (
    submission_id text PRIMARY KEY,
    org_id        text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('inputs', 'report')),
    created_at    text NOT NULL
);
CREATE INDEX ix_submissions_org ON submissions (org_id, submission_id);

CREATE TABLE submission_revisions (
    submission_id      text NOT NULL REFERENCES submissions (submission_id),
    revision           integer NOT NULL CHECK (revision >= 1),
    org_id             text NOT NULL,
    period             text NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('inputs', 'report')),
    factor_set_id      text NULL,
    factor_set_version integer NULL,
    factor_set_hash    text NULL,
    body               text NOT NULL,
    content_hash       text NOT NULL,
    created_at         text NOT NULL,
    created_by         text NOT NULL,
    PRIMARY KEY (submission_id, revision)
);
CREATE INDEX ix_revisions_org_period ON submission_revisions (org_id, period);

CREATE TABLE factor_sets (
    org_id       text NOT NULL,
    set_id       text NOT NULL,
    version      integer NOT NULL CHECK (version >= 1),
    body         text NOT NULL,
    content_hash text NOT NULL,
    created_at   text NOT NULL,
    created_by   text NOT NULL,
    PRIMARY KEY (org_id, set_id, version)
);

-- Nothing is ever overwritten or deleted: the database refuses it, not just the code.
CREATE FUNCTION emissions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER submissions_append_only BEFORE UPDATE OR DELETE ON submissions
    FOR EACH ROW EXECUTE FUNCTION emissions_append_only();
CREATE TRIGGER submission_revisions_append_only BEFORE UPDATE OR DELETE ON submission_revisions
    FOR EACH ROW EXECUTE FUNCTION emissions_append_only();
CREATE TRIGGER factor_sets_append_only BEFORE UPDATE OR DELETE ON factor_sets
    FOR EACH ROW EXECUTE FUNCTION emissions_append_only();
