-- Calls schema version 3 for PostgreSQL: where each node-independent consumer of the event log has got to
-- (dev.calls.spi.DeliveryCursors). The listeners and push of every node share one cursor; the node holding
-- its lease (lease_owner, until lease_until in epoch milliseconds) delivers the events after log_position.
-- Every statement may run again after a failed attempt.
CREATE TABLE IF NOT EXISTS calls_delivery_cursor (
    cursor_name   VARCHAR(64) NOT NULL,
    log_position  BIGINT      NOT NULL,
    lease_owner   VARCHAR(64),
    lease_until   BIGINT      NOT NULL,
    CONSTRAINT calls_delivery_cursor_pk PRIMARY KEY (cursor_name)
);
