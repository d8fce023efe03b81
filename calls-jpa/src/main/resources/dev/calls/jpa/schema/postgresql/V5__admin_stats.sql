-- Calls schema version 5 for PostgreSQL: indexes for the tenant administrator's view
-- (dev.calls.spi.AdminStore), the aggregated columns carried as INCLUDE rather than as keys. Every statement
-- may run again after a failed attempt.

-- Statistics over a tenant's calls created in a time range, read from the index alone.
CREATE INDEX IF NOT EXISTS calls_call_stats_ix
    ON calls_call (tenant, created_at) INCLUDE (answered_at, ended_at, state, end_reason);
-- A tenant's ringing and active calls, oldest first.
CREATE INDEX IF NOT EXISTS calls_call_live_ix ON calls_call (tenant, state, created_at);
-- Who missed the tenant's calls created in a time range.
CREATE INDEX IF NOT EXISTS calls_participant_missed_ix
    ON calls_participant (tenant, state, call_created_at) INCLUDE (user_id);
