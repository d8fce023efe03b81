-- Calls schema version 5 for MySQL and MariaDB: indexes for the tenant administrator's view
-- (dev.calls.spi.AdminStore). MySQL has no CREATE INDEX IF NOT EXISTS, so each index is created only when
-- information_schema does not list it yet, and every statement may run again after a failed attempt.

-- Statistics over a tenant's calls created in a time range: every column they aggregate is in the index, so
-- the range is read from the index alone.
SET @calls_ddl = (SELECT IF(COUNT(*) = 0,
    'CREATE INDEX calls_call_stats_ix ON calls_call (tenant, created_at, answered_at, ended_at, state, end_reason)',
    'DO 0') FROM information_schema.statistics
    WHERE table_schema = DATABASE() AND table_name = 'calls_call' AND index_name = 'calls_call_stats_ix');
PREPARE calls_stmt FROM @calls_ddl;
EXECUTE calls_stmt;
DEALLOCATE PREPARE calls_stmt;

-- A tenant's ringing and active calls, oldest first.
SET @calls_ddl = (SELECT IF(COUNT(*) = 0,
    'CREATE INDEX calls_call_live_ix ON calls_call (tenant, state, created_at)',
    'DO 0') FROM information_schema.statistics
    WHERE table_schema = DATABASE() AND table_name = 'calls_call' AND index_name = 'calls_call_live_ix');
PREPARE calls_stmt FROM @calls_ddl;
EXECUTE calls_stmt;
DEALLOCATE PREPARE calls_stmt;

-- Who missed the tenant's calls created in a time range.
SET @calls_ddl = (SELECT IF(COUNT(*) = 0,
    'CREATE INDEX calls_participant_missed_ix ON calls_participant (tenant, state, call_created_at, user_id)',
    'DO 0') FROM information_schema.statistics
    WHERE table_schema = DATABASE() AND table_name = 'calls_participant' AND index_name = 'calls_participant_missed_ix');
PREPARE calls_stmt FROM @calls_ddl;
EXECUTE calls_stmt;
DEALLOCATE PREPARE calls_stmt;
