-- 0003: Idempotency-Key of a write, stored in the same transaction as the revision it created, so that a retry
-- after a lost answer (a crash between commit and response) finds the revision instead of writing it twice.
CREATE TABLE idempotency_keys (
    org_id        TEXT NOT NULL,
    idem_key      TEXT NOT NULL,
    scope         TEXT NOT NULL,             -- "POST /v1/submissions" or "PUT /v1/submissions/{id}"
    request_hash  TEXT NOT NULL,             -- sha256 of the request's canonical JSON
    submission_id TEXT NOT NULL,
    revision      INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (org_id, idem_key)
);
