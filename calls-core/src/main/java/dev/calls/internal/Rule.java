package dev.calls.internal;

import dev.calls.CallAction;
import dev.calls.CallState;
import java.util.Set;
import java.util.function.Function;

/**
 * One row of the state machine: in one of {@code from}, {@code who} may take {@code action}, which leaves
 * the call in one of {@code to}. The effect computes the change; the engine checks it lands in {@code to}.
 */
record Rule(CallAction action, Set<CallState> from, Who who, Set<CallState> to, Function<Act, Change> effect) {
}
