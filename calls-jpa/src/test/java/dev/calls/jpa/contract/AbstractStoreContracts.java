package dev.calls.jpa.contract;

import dev.calls.contract.AbstractCallStoreContractTest;
import dev.calls.contract.AbstractMeetingStoreContractTest;
import dev.calls.contract.AbstractPresenceStoreContractTest;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.support.TestDatabase;
import dev.calls.spi.CallStore;
import dev.calls.spi.MeetingStore;
import dev.calls.spi.PresenceStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The core's store contract suites on the JPA stores, against one database per class with the schema from
 * the shipped scripts. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractStoreContracts {
    private TestDatabase db;
    private JpaCalls jpa;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() {
        db = createDatabase();
        jpa = JpaCalls.builder().dataSource(db.dataSource()).build();
        jpa.install();
    }

    @AfterAll
    void stop() {
        jpa.close();
        db.close();
    }

    @Nested
    class Calls extends AbstractCallStoreContractTest {
        @Override
        protected CallStore newStore() {
            return jpa.callStore();
        }

        @Override
        protected void cleanUp() {
            db.clear();
        }

        /** A rolled-back writer also rolls back its counter update: no number is ever skipped. */
        @Override
        protected boolean sequencesAreGapFree() {
            return true;
        }
    }

    @Nested
    class Presence extends AbstractPresenceStoreContractTest {
        @Override
        protected PresenceStore newStore() {
            return jpa.presenceStore();
        }

        @Override
        protected void cleanUp() {
            db.clear();
        }
    }

    @Nested
    class Meetings extends AbstractMeetingStoreContractTest {
        @Override
        protected MeetingStore newStore() {
            return jpa.meetingStore();
        }

        @Override
        protected void cleanUp() {
            db.clear();
        }
    }
}
