-- Calls schema version 1, in standard SQL (H2, and the starting point for other databases).
-- Instants are epoch milliseconds (UTC) in BIGINT columns; enums are their lower-case wire values
-- ('ringing', 'no_answer'). Every statement may run again after a failed attempt.

CREATE TABLE IF NOT EXISTS calls_call (
    id           VARCHAR(36)  NOT NULL,
    tenant       VARCHAR(255) NOT NULL,
    media_type   VARCHAR(16)  NOT NULL,
    initiator    VARCHAR(255) NOT NULL,
    room         VARCHAR(255) NOT NULL,
    provider_id  VARCHAR(255) NOT NULL,
    state        VARCHAR(16)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    answered_at  BIGINT,
    ended_at     BIGINT,
    end_reason   VARCHAR(32),
    deadline     BIGINT,
    idle_since   BIGINT,
    version      BIGINT       NOT NULL,
    CONSTRAINT calls_call_pk PRIMARY KEY (id),
    CONSTRAINT calls_call_room_uk UNIQUE (room)
);
-- Due timeouts, earliest first; terminal calls have no deadline.
CREATE INDEX IF NOT EXISTS calls_call_deadline_ix ON calls_call (deadline, id);

CREATE TABLE IF NOT EXISTS calls_participant (
    call_id            VARCHAR(36)  NOT NULL,
    user_id            VARCHAR(255) NOT NULL,
    list_index         INTEGER      NOT NULL,
    tenant             VARCHAR(255) NOT NULL,
    call_created_at    BIGINT       NOT NULL,
    call_live          BOOLEAN      NOT NULL,
    name               VARCHAR(500) NOT NULL,
    role               VARCHAR(16)  NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    audio_muted        BOOLEAN      NOT NULL,
    video_muted        BOOLEAN      NOT NULL,
    connection_quality VARCHAR(64),
    in_room            BOOLEAN      NOT NULL,
    invited_at         BIGINT,
    joined_at          BIGINT,
    left_at            BIGINT,
    CONSTRAINT calls_participant_pk PRIMARY KEY (call_id, user_id),
    CONSTRAINT calls_participant_call_fk FOREIGN KEY (call_id) REFERENCES calls_call (id) ON DELETE CASCADE
);
-- "My ringing and active calls".
CREATE INDEX IF NOT EXISTS calls_participant_live_ix ON calls_participant (tenant, user_id, call_live);
-- A user's history, newest first, keyset-paged.
CREATE INDEX IF NOT EXISTS calls_participant_history_ix
    ON calls_participant (tenant, user_id, call_created_at, call_id);

-- The append-only event log: payload is the whole event as JSON (dev.calls.event.EventJson); its number
-- is the seq column.
CREATE TABLE IF NOT EXISTS calls_event (
    seq          BIGINT       NOT NULL,
    tenant       VARCHAR(255) NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    call_id      VARCHAR(36),
    actor        VARCHAR(255),
    occurred_at  BIGINT       NOT NULL,
    payload      CLOB         NOT NULL,
    CONSTRAINT calls_event_pk PRIMARY KEY (seq)
);
-- A tenant's events after a sequence (stream replay); the primary key serves the relay.
CREATE INDEX IF NOT EXISTS calls_event_tenant_ix ON calls_event (tenant, seq);

-- One row: the last sequence handed out. Writers lock it until they commit.
CREATE TABLE IF NOT EXISTS calls_event_sequence (
    id             INTEGER NOT NULL,
    last_sequence  BIGINT  NOT NULL,
    CONSTRAINT calls_event_sequence_pk PRIMARY KEY (id)
);
INSERT INTO calls_event_sequence (id, last_sequence)
    SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM calls_event_sequence WHERE id = 1);

CREATE TABLE IF NOT EXISTS calls_presence (
    tenant          VARCHAR(255) NOT NULL,
    user_id         VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    message         VARCHAR(255),
    available       BOOLEAN      NOT NULL,
    do_not_disturb  BOOLEAN      NOT NULL,
    last_seen       BIGINT,
    CONSTRAINT calls_presence_pk PRIMARY KEY (tenant, user_id)
);
-- Who of a tenant was seen since an instant.
CREATE INDEX IF NOT EXISTS calls_presence_seen_ix ON calls_presence (tenant, last_seen);

CREATE TABLE IF NOT EXISTS calls_meeting (
    id           VARCHAR(36)  NOT NULL,
    tenant       VARCHAR(255) NOT NULL,
    title        VARCHAR(500) NOT NULL,
    host         VARCHAR(255) NOT NULL,
    media_type   VARCHAR(16)  NOT NULL,
    starts_at    BIGINT       NOT NULL,
    ends_at      BIGINT       NOT NULL,
    room         VARCHAR(255) NOT NULL,
    provider_id  VARCHAR(255) NOT NULL,
    created_at   BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT calls_meeting_pk PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS calls_meeting_host_ix ON calls_meeting (tenant, host, ends_at);

CREATE TABLE IF NOT EXISTS calls_meeting_invitee (
    meeting_id  VARCHAR(36)  NOT NULL,
    list_index  INTEGER      NOT NULL,
    tenant      VARCHAR(255) NOT NULL,
    user_id     VARCHAR(255) NOT NULL,
    CONSTRAINT calls_meeting_invitee_pk PRIMARY KEY (meeting_id, list_index),
    CONSTRAINT calls_meeting_invitee_meeting_fk FOREIGN KEY (meeting_id)
        REFERENCES calls_meeting (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS calls_meeting_invitee_user_ix ON calls_meeting_invitee (tenant, user_id, meeting_id);
