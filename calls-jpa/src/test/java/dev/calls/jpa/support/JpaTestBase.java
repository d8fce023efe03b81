package dev.calls.jpa.support;

import dev.calls.jpa.JpaCalls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * One database per test class with the schema installed through {@link JpaCalls#install()} (the shipped
 * scripts, nothing generated), emptied before each test. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class JpaTestBase {
    protected TestDatabase db;
    protected JpaCalls jpa;

    /** The database this class runs on. */
    protected abstract TestDatabase createDatabase();

    @BeforeAll
    void startDatabase() {
        db = createDatabase();
        jpa = JpaCalls.builder().dataSource(db.dataSource()).build();
        jpa.install();
    }

    @BeforeEach
    void emptyTables() {
        db.clear();
    }

    @AfterAll
    void stopDatabase() {
        if (jpa != null) {
            jpa.close();
        }
        if (db != null) {
            db.close();
        }
    }
}
