-- Gateway sign-in (issue 7): refresh tokens and the second factor.

-- Opaque refresh tokens, stored only as their SHA-256. Each sign-in starts a family; every refresh
-- revokes the presented token and issues its successor in the same family. Presenting a revoked
-- token again means it was stolen (or replayed): the whole family is revoked.
CREATE TABLE refresh_tokens (
    id           BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash   TEXT        NOT NULL UNIQUE,
    family_id    TEXT        NOT NULL,
    username     TEXT        NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked_at   TIMESTAMPTZ,
    -- why: rotated, logout, reused, user changed, user deleted
    revoked_why  TEXT
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_username_idx ON refresh_tokens (username) WHERE revoked_at IS NULL;

-- TOTP (RFC 6238): the active secret, a pending one during (re-)enrolment, and the last accepted
-- time step so that a code is accepted once only.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending_secret TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
