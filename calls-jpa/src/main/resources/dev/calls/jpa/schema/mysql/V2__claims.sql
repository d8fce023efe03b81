-- Calls schema version 2 for MySQL and MariaDB: the claims of live calls and the webhook delivery keys
-- every node shares. Indexes are declared inside CREATE TABLE; every statement may run again after a
-- failed attempt.

-- What live calls hold exclusively within their tenant (dev.calls.spi.CallClaim): a user claim for every
-- participant joined in a ringing or active call (other_user_id is ''), and a pair claim for every live
-- call of exactly two participants (user_id < other_user_id). The primary key is what refuses a second call;
-- its 3 060 bytes fit InnoDB's 3 072-byte limit of the DYNAMIC row format.
CREATE TABLE IF NOT EXISTS calls_claim (
    tenant         VARCHAR(255) NOT NULL,
    user_id        VARCHAR(255) NOT NULL,
    other_user_id  VARCHAR(255) NOT NULL,
    call_id        VARCHAR(36)  NOT NULL,
    PRIMARY KEY (tenant, user_id, other_user_id),
    KEY calls_claim_call_ix (call_id),
    CONSTRAINT calls_claim_call_fk FOREIGN KEY (call_id) REFERENCES calls_call (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin ROW_FORMAT=DYNAMIC;

-- Claims of the calls already live. Where older versions let two live calls share a claim, the call with
-- the lowest id gets it.
INSERT IGNORE INTO calls_claim (tenant, user_id, other_user_id, call_id)
    SELECT p.tenant, p.user_id, '', MIN(p.call_id)
    FROM calls_participant p JOIN calls_call c ON c.id = p.call_id
    WHERE c.state IN ('ringing', 'active') AND p.state = 'joined'
    GROUP BY p.tenant, p.user_id;
INSERT IGNORE INTO calls_claim (tenant, user_id, other_user_id, call_id)
    SELECT x.tenant, x.a, x.b, MIN(x.call_id)
    FROM (SELECT c.tenant AS tenant, MIN(p.user_id) AS a, MAX(p.user_id) AS b, c.id AS call_id
          FROM calls_call c JOIN calls_participant p ON p.call_id = c.id
          WHERE c.state IN ('ringing', 'active')
          GROUP BY c.tenant, c.id
          HAVING COUNT(*) = 2) x
    GROUP BY x.tenant, x.a, x.b;

-- Webhook deliveries handled (dev.calls.jpa.JpaSeenKeys): the hex SHA-256 of each key, and when it was
-- claimed; rows older than the retention window are deleted.
CREATE TABLE IF NOT EXISTS calls_seen_key (
    key_hash  VARCHAR(64) NOT NULL,
    seen_at   BIGINT      NOT NULL,
    PRIMARY KEY (key_hash),
    KEY calls_seen_key_seen_ix (seen_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
