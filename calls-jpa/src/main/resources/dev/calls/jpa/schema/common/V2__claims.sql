-- Calls schema version 2: the claims of live calls and the webhook delivery keys every node shares.
-- Every statement may run again after a failed attempt.

-- What live calls hold exclusively within their tenant (dev.calls.spi.CallClaim): a user claim for every
-- participant joined in a ringing or active call (other_user_id is ''), and a pair claim for every live
-- call of exactly two participants (user_id < other_user_id). The primary key is what refuses a second call.
CREATE TABLE IF NOT EXISTS calls_claim (
    tenant         VARCHAR(255) NOT NULL,
    user_id        VARCHAR(255) NOT NULL,
    other_user_id  VARCHAR(255) NOT NULL,
    call_id        VARCHAR(36)  NOT NULL,
    CONSTRAINT calls_claim_pk PRIMARY KEY (tenant, user_id, other_user_id),
    CONSTRAINT calls_claim_call_fk FOREIGN KEY (call_id) REFERENCES calls_call (id) ON DELETE CASCADE
);
-- The claims of one call, to release them.
CREATE INDEX IF NOT EXISTS calls_claim_call_ix ON calls_claim (call_id);

-- Claims of the calls already live. Where older versions let two live calls share a claim, the call with
-- the lowest id gets it.
INSERT INTO calls_claim (tenant, user_id, other_user_id, call_id)
    SELECT p.tenant, p.user_id, '', MIN(p.call_id)
    FROM calls_participant p JOIN calls_call c ON c.id = p.call_id
    WHERE c.state IN ('ringing', 'active') AND p.state = 'joined'
      AND NOT EXISTS (SELECT 1 FROM calls_claim k
                      WHERE k.tenant = p.tenant AND k.user_id = p.user_id AND k.other_user_id = '')
    GROUP BY p.tenant, p.user_id;
INSERT INTO calls_claim (tenant, user_id, other_user_id, call_id)
    SELECT x.tenant, x.a, x.b, MIN(x.call_id)
    FROM (SELECT c.tenant AS tenant, MIN(p.user_id) AS a, MAX(p.user_id) AS b, c.id AS call_id
          FROM calls_call c JOIN calls_participant p ON p.call_id = c.id
          WHERE c.state IN ('ringing', 'active')
          GROUP BY c.tenant, c.id
          HAVING COUNT(*) = 2) x
    WHERE NOT EXISTS (SELECT 1 FROM calls_claim k
                      WHERE k.tenant = x.tenant AND k.user_id = x.a AND k.other_user_id = x.b)
    GROUP BY x.tenant, x.a, x.b;

-- Webhook deliveries handled (dev.calls.jpa.JpaSeenKeys): the hex SHA-256 of each key, and when it was
-- claimed; rows older than the retention window are deleted.
CREATE TABLE IF NOT EXISTS calls_seen_key (
    key_hash  VARCHAR(64) NOT NULL,
    seen_at   BIGINT      NOT NULL,
    CONSTRAINT calls_seen_key_pk PRIMARY KEY (key_hash)
);
CREATE INDEX IF NOT EXISTS calls_seen_key_seen_ix ON calls_seen_key (seen_at);
