-- Calls schema version 1 for MySQL and MariaDB (InnoDB). Instants are epoch milliseconds (UTC) in BIGINT
-- columns; enums are their lower-case wire values. utf8mb4_bin keeps ids case-sensitive and ordered by
-- code point, as on the other databases. Indexes are declared inside CREATE TABLE because MySQL has no
-- CREATE INDEX IF NOT EXISTS; every statement may run again after a failed attempt.

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
    PRIMARY KEY (id),
    UNIQUE KEY calls_call_room_uk (room),
    KEY calls_call_deadline_ix (deadline, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

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
    PRIMARY KEY (call_id, user_id),
    KEY calls_participant_live_ix (tenant, user_id, call_live),
    KEY calls_participant_history_ix (tenant, user_id, call_created_at, call_id),
    CONSTRAINT calls_participant_call_fk FOREIGN KEY (call_id) REFERENCES calls_call (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The append-only event log: payload is the whole event as JSON (dev.calls.event.EventJson); its number
-- is the seq column.
CREATE TABLE IF NOT EXISTS calls_event (
    seq          BIGINT       NOT NULL,
    tenant       VARCHAR(255) NOT NULL,
    event_type   VARCHAR(64)  NOT NULL,
    call_id      VARCHAR(36),
    actor        VARCHAR(255),
    occurred_at  BIGINT       NOT NULL,
    payload      MEDIUMTEXT   NOT NULL,
    PRIMARY KEY (seq),
    KEY calls_event_tenant_ix (tenant, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS calls_event_sequence (
    id             INTEGER NOT NULL,
    last_sequence  BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT IGNORE INTO calls_event_sequence (id, last_sequence) VALUES (1, 0);

CREATE TABLE IF NOT EXISTS calls_presence (
    tenant          VARCHAR(255) NOT NULL,
    user_id         VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    message         VARCHAR(255),
    available       BOOLEAN      NOT NULL,
    do_not_disturb  BOOLEAN      NOT NULL,
    last_seen       BIGINT,
    PRIMARY KEY (tenant, user_id),
    KEY calls_presence_seen_ix (tenant, last_seen)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

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
    PRIMARY KEY (id),
    KEY calls_meeting_host_ix (tenant, host, ends_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS calls_meeting_invitee (
    meeting_id  VARCHAR(36)  NOT NULL,
    list_index  INTEGER      NOT NULL,
    tenant      VARCHAR(255) NOT NULL,
    user_id     VARCHAR(255) NOT NULL,
    PRIMARY KEY (meeting_id, list_index),
    KEY calls_meeting_invitee_user_ix (tenant, user_id, meeting_id),
    CONSTRAINT calls_meeting_invitee_meeting_fk FOREIGN KEY (meeting_id)
        REFERENCES calls_meeting (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
