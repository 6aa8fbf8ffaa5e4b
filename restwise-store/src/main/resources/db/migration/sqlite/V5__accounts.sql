-- Version 5: people who may use a server, their browser sessions and personal API tokens, and the
-- failed logins that throttle guessing. Secrets are stored only as hashes: a password as Argon2id
-- (salted, slow), a session id or a token as SHA-256 (they are long and random already).

CREATE TABLE account (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    email           TEXT    NOT NULL UNIQUE,        -- stored lower-case
    password_hash   TEXT    NOT NULL,               -- PHC string: $argon2id$v=19$m=...,t=...,p=...$salt$hash
    is_admin        INTEGER NOT NULL DEFAULT 0,
    is_coach        INTEGER NOT NULL DEFAULT 0,
    is_athlete      INTEGER NOT NULL DEFAULT 1,
    created_at      BIGINT  NOT NULL                -- epoch milliseconds
);

CREATE TABLE web_session (
    id_hash         TEXT    PRIMARY KEY,            -- SHA-256 of the cookie value, hex
    account_id      INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    csrf_token      TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    last_seen_at    BIGINT  NOT NULL
);
CREATE INDEX web_session_account ON web_session (account_id);

CREATE TABLE api_token (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id      INTEGER NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name            TEXT    NOT NULL,
    token_hash      TEXT    NOT NULL UNIQUE,        -- SHA-256 of the token, hex; the token is shown once
    created_at      BIGINT  NOT NULL,
    last_used_at    BIGINT,
    revoked_at      BIGINT
);
CREATE INDEX api_token_account ON api_token (account_id);

CREATE TABLE login_failure (
    throttle_key    TEXT    NOT NULL,               -- "account:<email>" or "address:<ip>"
    failed_at       BIGINT  NOT NULL
);
CREATE INDEX login_failure_key ON login_failure (throttle_key, failed_at);
