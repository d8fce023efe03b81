package dev.calls.jpa.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.contract.EngineModelCheck;
import dev.calls.jpa.support.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The engine model of calls-core on two or three nodes sharing one database through the JPA stores. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractEngineModelTest {
    private TestDatabase db;
    private JpaModelStores stores;

    protected abstract TestDatabase createDatabase();

    /** How many sequences of how many steps; system properties of {@link EngineModelCheck} override them. */
    protected abstract int sequences();

    protected abstract int steps();

    @BeforeAll
    void start() {
        db = createDatabase();
        stores = new JpaModelStores(db);
    }

    @AfterAll
    void stop() {
        if (stores != null) {
            stores.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void randomSequencesOnOneDatabaseThenEveryPromiseHolds() {
        String summary = new EngineModelCheck(stores, sequences(), steps()).run();

        assertThat(summary).containsPattern("[1-9][0-9]* sequences").containsPattern("accept=[1-9]")
                .containsPattern("start=[1-9]");
    }
}
