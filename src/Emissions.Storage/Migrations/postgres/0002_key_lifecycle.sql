-- 0002: keys can expire and be revoked; the last use is recorded (at most once a minute per key).
ALTER TABLE api_keys ADD COLUMN expires_at TEXT NULL, ADD COLUMN revoked_at TEXT NULL, ADD COLUMN last_used_at TEXT NULL;
