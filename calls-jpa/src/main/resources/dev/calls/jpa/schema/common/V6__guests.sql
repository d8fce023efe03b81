-- Calls schema version 6: guest passes and the waiting room (dev.calls.jpa.JpaGuestStore). A pass is looked up
-- by the SHA-256 of its random key (key_hash, unique); the pass itself is never stored. Meetings gain their
-- waiting-room settings and when the organizer first joined. Every statement may run again after a failed attempt.
CREATE TABLE IF NOT EXISTS calls_guest (
    id             VARCHAR(36)   NOT NULL,
    tenant         VARCHAR(255)  NOT NULL,
    target_kind    VARCHAR(16)   NOT NULL,
    target_id      VARCHAR(36)   NOT NULL,
    created_by     VARCHAR(255)  NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    email          VARCHAR(254),
    name_editable  BOOLEAN       NOT NULL,
    waiting_room   BOOLEAN       NOT NULL,
    key_hash       VARCHAR(64)   NOT NULL,
    state          VARCHAR(16)   NOT NULL,
    created_at     BIGINT        NOT NULL,
    expires_at     BIGINT        NOT NULL,
    knocked_at     BIGINT,
    decided_at     BIGINT,
    decided_by     VARCHAR(255),
    version        BIGINT        NOT NULL,
    CONSTRAINT calls_guest_pk PRIMARY KEY (id),
    CONSTRAINT calls_guest_key_uq UNIQUE (key_hash)
);
-- A meeting's or call's passes, oldest first.
CREATE INDEX IF NOT EXISTS calls_guest_target_ix ON calls_guest (target_kind, target_id, created_at, id);

ALTER TABLE calls_meeting ADD COLUMN IF NOT EXISTS waiting_room BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE calls_meeting ADD COLUMN IF NOT EXISTS admit_on_host_join BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE calls_meeting ADD COLUMN IF NOT EXISTS host_joined_at BIGINT;
