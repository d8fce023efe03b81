-- Calls schema version 6 for MySQL and MariaDB: guest passes and the waiting room (dev.calls.jpa.JpaGuestStore).
-- A pass is looked up by the SHA-256 of its random key (key_hash, unique); the pass itself is never stored.
-- Meetings gain their waiting-room settings and when the organizer first joined. MySQL has no ADD COLUMN IF NOT
-- EXISTS, so each column is added only when information_schema does not list it yet; every statement may run
-- again after a failed attempt.
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
    PRIMARY KEY (id),
    UNIQUE KEY calls_guest_key_uq (key_hash),
    KEY calls_guest_target_ix (target_kind, target_id, created_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin ROW_FORMAT=DYNAMIC;

SET @calls_ddl = (SELECT IF(COUNT(*) = 0,
    'ALTER TABLE calls_meeting ADD COLUMN waiting_room BOOLEAN DEFAULT FALSE NOT NULL',
    'DO 0') FROM information_schema.columns
    WHERE table_schema = DATABASE() AND table_name = 'calls_meeting' AND column_name = 'waiting_room');
PREPARE calls_stmt FROM @calls_ddl;
EXECUTE calls_stmt;
DEALLOCATE PREPARE calls_stmt;

SET @calls_ddl = (SELECT IF(COUNT(*) = 0,
    'ALTER TABLE calls_meeting ADD COLUMN admit_on_host_join BOOLEAN DEFAULT FALSE NOT NULL',
    'DO 0') FROM information_schema.columns
    WHERE table_schema = DATABASE() AND table_name = 'calls_meeting' AND column_name = 'admit_on_host_join');
PREPARE calls_stmt FROM @calls_ddl;
EXECUTE calls_stmt;
DEALLOCATE PREPARE calls_stmt;

SET @calls_ddl = (SELECT IF(COUNT(*) = 0,
    'ALTER TABLE calls_meeting ADD COLUMN host_joined_at BIGINT',
    'DO 0') FROM information_schema.columns
    WHERE table_schema = DATABASE() AND table_name = 'calls_meeting' AND column_name = 'host_joined_at');
PREPARE calls_stmt FROM @calls_ddl;
EXECUTE calls_stmt;
DEALLOCATE PREPARE calls_stmt;
