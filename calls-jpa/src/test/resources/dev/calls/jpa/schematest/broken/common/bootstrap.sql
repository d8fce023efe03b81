-- Created before anything else, outside the versioned scripts: the row every installer locks, so only
-- one node migrates at a time, and the record of the versions applied.
CREATE TABLE IF NOT EXISTS calls_schema_lock (
    id INTEGER NOT NULL PRIMARY KEY
);

CREATE TABLE IF NOT EXISTS calls_schema_version (
    version      INTEGER      NOT NULL PRIMARY KEY,
    script       VARCHAR(255) NOT NULL,
    checksum     BIGINT       NOT NULL,
    installed_at BIGINT       NOT NULL,
    installed_by VARCHAR(255)
);
