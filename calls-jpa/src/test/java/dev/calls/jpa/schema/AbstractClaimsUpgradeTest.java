package dev.calls.jpa.schema;

import static dev.calls.contract.CallFixtures.T0;
import static dev.calls.contract.CallFixtures.answered;
import static dev.calls.contract.CallFixtures.missed;
import static dev.calls.contract.CallFixtures.ringing;
import static dev.calls.contract.CallFixtures.ringingEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.calls.Call;
import dev.calls.contract.CallFixtures;
import dev.calls.event.EventType;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.entity.CallRows;
import dev.calls.jpa.support.TestDatabase;
import dev.calls.spi.ClaimConflictException;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An install of schema version 1 with live calls, some of which an older engine let share a user or a pair,
 * upgraded in place: the migration derives the claims of the live calls, and the store refuses what they
 * hold from then on. Subclasses name the database.
 */
public abstract class AbstractClaimsUpgradeTest {
    private static final UUID FIRST = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private TestDatabase db;
    private JpaCalls jpa;
    private final String tenant = CallFixtures.tenant();

    protected abstract TestDatabase createDatabase();

    @BeforeEach
    void installVersionOne() throws SQLException {
        db = createDatabase();
        SchemaScripts scripts = new SchemaScripts(db.dialect());
        Migration v1 = scripts.migrations().get(0);
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String sql : scripts.bootstrap()) {
                st.execute(sql);
            }
            for (String sql : v1.statements()) {
                st.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO calls_schema_version"
                    + " (version, script, checksum, installed_at, installed_by) VALUES (1, ?, ?, 0, 'test')")) {
                ps.setString(1, v1.script());
                ps.setLong(2, v1.checksum());
                ps.executeUpdate();
            }
        }
        jpa = JpaCalls.builder().dataSource(db.dataSource()).build();
    }

    @AfterEach
    void dropDatabase() {
        jpa.close();
        db.close();
    }

    /** Writes the rows of a call as version 1 of the store did: no claims. */
    private Call written(Call call) {
        EntityManager em = jpa.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            em.persist(CallRows.callRow(call));
            em.flush();
            CallRows.participantRows(call).forEach(em::persist);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        return call;
    }

    private ClaimConflictException refused(Call call) {
        return catchThrowableOfType(() -> jpa.callStore().create(call, List.of(ringingEvent(call))),
                ClaimConflictException.class);
    }

    @Test
    void upgradeWhenLiveCallsExistThenTheirClaimsAreDerivedAndEnforced() {
        Call aliceToBob = written(ringing(FIRST, tenant, T0, "alice", "bob"));
        written(ringing(SECOND, tenant, T0, "bob", "alice"));
        Call carolAndDave = written(answered(ringing(tenant, T0, "carol", "dave"), "dave", T0.plusSeconds(1)));
        Call group = written(ringing(tenant, T0, "erin", "frank", "gina"));
        written(missed(ringing(tenant, T0, "hank", "ivan"), T0.plusSeconds(30)));

        assertThat(jpa.schema().migrate()).extracting(Migration::script).startsWith("V2__claims.sql");

        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_claim")).isEqualTo(7);
        ClaimConflictException glare = refused(ringing(tenant, T0, "bob", "alice"));
        assertThat(glare.isPair()).isTrue();
        assertThat(glare.callId()).isEqualTo(aliceToBob.id());
        assertThat(refused(ringing(tenant, T0, "bob", "zoe")).callId()).isEqualTo(SECOND);
        assertThat(refused(ringing(tenant, T0, "dave", "zoe")).callId()).isEqualTo(carolAndDave.id());
        assertThat(refused(ringing(tenant, T0, "erin", "zoe")).callId()).isEqualTo(group.id());
        Call hankAgain = ringing(tenant, T0, "hank", "ivan");
        jpa.callStore().create(hankAgain, List.of(ringingEvent(hankAgain)));
        assertThat(jpa.callStore().find(hankAgain.id())).contains(hankAgain);
    }

    @Test
    void upgradeThenAnUpgradedCallReleasesItsClaimsWhenItEnds() {
        Call aliceToBob = written(ringing(FIRST, tenant, T0, "alice", "bob"));
        jpa.install();

        Call over = missed(aliceToBob, T0.plusSeconds(30));
        assertThat(jpa.callStore().update(over, List.of(CallFixtures.event(EventType.CALL_MISSED, over, null,
                over.endedAt())))).isPresent();

        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_claim")).isZero();
        Call again = ringing(tenant, T0.plusSeconds(31), "bob", "alice");
        jpa.callStore().create(again, List.of(ringingEvent(again)));
        assertThat(jpa.callStore().findLive(tenant, "alice")).extracting(Call::id).containsExactly(again.id());
    }

    @Test
    void upgradeWhenANodeOfTheEarlierVersionEndsAClaimedCallThenItsLeftoverClaimsLockNobodyOut() {
        Call aliceToBob = written(ringing(FIRST, tenant, T0, "alice", "bob"));
        jpa.install();
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_claim")).isEqualTo(2);
        // a node of version 1 ends the call: it rewrites the call's row and knows nothing of calls_claim
        db.execute("UPDATE calls_call SET state = 'missed', ended_at = " + T0.plusSeconds(30).toEpochMilli()
                + ", end_reason = 'no_answer' WHERE id = '" + aliceToBob.id() + "'");

        Call again = ringing(tenant, T0.plusSeconds(31), "bob", "alice");
        jpa.callStore().create(again, List.of(ringingEvent(again)));

        assertThat(jpa.callStore().findLive(tenant, "alice")).extracting(Call::id).containsExactly(again.id());
        assertThat(db.queryLong("SELECT COUNT(*) FROM calls_claim WHERE call_id = '" + aliceToBob.id() + "'"))
                .isZero();
    }
}
