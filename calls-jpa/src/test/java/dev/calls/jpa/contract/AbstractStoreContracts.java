package dev.calls.jpa.contract;

import dev.calls.contract.AbstractAdminStoreContractTest;
import dev.calls.contract.AbstractCallStoreContractTest;
import dev.calls.contract.AbstractDeviceStoreContractTest;
import dev.calls.contract.AbstractGuestStoreContractTest;
import dev.calls.contract.AbstractMeetingStoreContractTest;
import dev.calls.contract.AbstractPresenceStoreContractTest;
import dev.calls.contract.AbstractDeliveryCursorsContractTest;
import dev.calls.contract.AbstractSeenKeysContractTest;
import dev.calls.jpa.JpaCalls;
import dev.calls.jpa.support.TestDatabase;
import dev.calls.spi.AdminStore;
import dev.calls.spi.CallStore;
import dev.calls.spi.DeliveryCursors;
import dev.calls.spi.DeviceStore;
import dev.calls.spi.GuestStore;
import dev.calls.spi.MeetingStore;
import dev.calls.spi.PresenceStore;
import dev.calls.testing.MutableClock;
import dev.calls.webhook.SeenKeys;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The core's store contract suites on the JPA stores, against one database per class with the schema from
 * the shipped scripts. Racing tests also run against a second {@link JpaCalls} with a pool of its own on the
 * same database, as another node. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractStoreContracts {
    private TestDatabase db;
    private JpaCalls jpa;
    private JpaCalls otherNode;

    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void start() {
        db = createDatabase();
        jpa = JpaCalls.builder().dataSource(db.dataSource()).build();
        jpa.install();
        otherNode = JpaCalls.builder().dataSource(db.newPool(4)).build();
    }

    @AfterAll
    void stop() {
        otherNode.close();
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
        protected CallStore otherNode() {
            return otherNode.callStore();
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
    class Admin extends AbstractAdminStoreContractTest {
        @Override
        protected CallStore newCallStore() {
            return jpa.callStore();
        }

        @Override
        protected AdminStore newAdminStore(CallStore calls) {
            return jpa.adminStore();
        }

        @Override
        protected void cleanUp() {
            db.clear();
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

    @Nested
    class Guests extends AbstractGuestStoreContractTest {
        @Override
        protected GuestStore newStore() {
            return jpa.guestStore();
        }

        @Override
        protected GuestStore otherNode() {
            return otherNode.guestStore();
        }

        @Override
        protected void cleanUp() {
            db.clear();
        }
    }

    @Nested
    class Devices extends AbstractDeviceStoreContractTest {
        @Override
        protected DeviceStore newStore() {
            return jpa.deviceStore();
        }

        @Override
        protected void cleanUp() {
            db.clear();
        }
    }

    @Nested
    class WebhookKeys extends AbstractSeenKeysContractTest {
        private SeenKeys other;

        @Override
        protected SeenKeys newKeys(MutableClock clock, Duration retention) {
            other = otherNode.seenKeys(clock, retention);
            return jpa.seenKeys(clock, retention);
        }

        @Override
        protected SeenKeys otherNode() {
            return other;
        }

        @Override
        protected void cleanUp() {
            db.clear();
        }
    }

    @Nested
    class DeliveryCursorRows extends AbstractDeliveryCursorsContractTest {
        @Override
        protected DeliveryCursors newCursors() {
            return jpa.callStore();
        }

        @Override
        protected DeliveryCursors otherNode() {
            return otherNode.callStore();
        }

        @Override
        protected void cleanUp() {
            db.clear();
        }
    }
}
