-- Calls schema version 4: users' push devices (dev.calls.jpa.JpaDeviceStore). A token belongs to one device:
-- its SHA-256 (token_hash) is unique, as the token itself may be longer than an index allows.
-- Every statement may run again after a failed attempt.
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
    CONSTRAINT calls_device_pk PRIMARY KEY (id),
    CONSTRAINT calls_device_token_uq UNIQUE (token_hash)
);
-- A user's devices, oldest first.
CREATE INDEX IF NOT EXISTS calls_device_user_ix ON calls_device (tenant, user_id, registered_at);
