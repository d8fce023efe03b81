package dev.calls.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine model on two or three engines sharing the in-memory stores. */
class InMemoryEngineModelTest {

    @Test
    void randomSequencesOnSharedInMemoryStoresThenEveryPromiseHolds() {
        String summary = new EngineModelCheck(new InMemoryModelStores(), 30, 60).run();

        assertThat(summary).containsPattern("[1-9][0-9]* sequences").containsPattern("accept=[1-9]").containsPattern("start=[1-9]");
    }
}
