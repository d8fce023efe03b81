package dev.calls.contract;

import dev.calls.CallsBuilder;
import dev.calls.spi.CallStore;

/**
 * The stores {@link EngineModelCheck} runs its engines on: for each random sequence, fresh empty stores that
 * every engine of the sequence shares, and what each engine (node) needs of its own (a transport, a pool).
 */
public interface ModelStores {

    /** Names the stores in the summary and in failures. */
    String name();

    /** Empty stores for one sequence. */
    Shared open();

    /** The stores of one sequence, shared by its engines. */
    interface Shared extends AutoCloseable {

        /** The store whose event log the checks read. */
        CallStore callStore();

        /** Puts node {@code index}'s stores and event transport on its builder. */
        CallsBuilder node(int index, CallsBuilder builder);

        /** Called after every engine of the sequence is closed. */
        @Override
        void close();
    }
}
