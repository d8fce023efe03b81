-- Calls schema version 4 for MySQL and MariaDB: users' push devices (dev.calls.jpa.JpaDeviceStore). A token
-- belongs to one device: its SHA-256 (token_hash) is unique, as the token itself is longer than InnoDB's index
-- limit. Indexes are declared inside CREATE TABLE; every statement may run again after a failed attempt.
CREATE TABLE IF NOT EXISTS calls_device (
    id             VARCHAR(36)   NOT NULL,
    tenant         VARCHAR(255)  NOT NULL,
    user_id        VARCHAR(255)  NOT NULL,
    platform       VARCHAR(16)   NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    token_hash     VARCHAR(64)   NOT NULL,
    token          VARCHAR(4096) NOT NULL,
    app_id         VARCHAR(255)  NOT NULL,
    name           VARCHAR(100),
    registered_at  BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY calls_device_token_uq (token_hash),
    KEY calls_device_user_ix (tenant, user_id, registered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin ROW_FORMAT=DYNAMIC;
