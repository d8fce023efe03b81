package dev.calls.contract;

import dev.calls.Call;
import dev.calls.Participant;
import dev.calls.ParticipantState;
import dev.calls.RingState;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The engine's promises, read through the public API and the shared store's event log:
 * <ol>
 *   <li>a user is JOINED in at most one live call;</li>
 *   <li>a terminal call has exactly one event that made it terminal (of a terminal type), it is the call's
 *       last event, and the call never changes again;</li>
 *   <li>every stream (tap or device) receives events visible to its user, as the log holds them, in strictly
 *       increasing sequence; once quiesced, with no gap (see {@link ModelStreams});</li>
 *   <li>a device rings exactly while the call is live and the user is still asked to answer: never for a call
 *       answered, declined, cancelled or missed for them;</li>
 *   <li>(with 4) after a user answers a call, no other live call still rings them: {@code accept} stops them;</li>
 *   <li>once a call is over, every pushed invitation has a later cancellation for that user and call, unless
 *       the user answered, whether or not the user had a browser tab open.</li>
 * </ol>
 */
final class ModelChecks {
    private final ModelRun run;
    private final ModelStreams streams;
    /** Each terminal call as first seen terminal. */
    private final Map<UUID, Call> terminal = new HashMap<>();
    /** Calls live after the previous step. */
    private Set<UUID> liveBefore = Set.of();
    /** "user call" pairs whose ringing ended while the user had an open stream somewhere. */

    ModelChecks(ModelRun run) {
        this.run = run;
        this.streams = new ModelStreams(run);
    }

    void afterStep() {
        oneLiveCallPerUser();
        terminalCalls();
        rings(false);
        answeredStopsOtherRings();
        streams.inOrder();
        liveBefore = run.known.stream().filter(id -> !run.current.get(id).state().isTerminal())
                .collect(Collectors.toSet());
    }

    void quiesced() {
        rings(true);
        streams.noGap();
        pushes();
    }

    private void oneLiveCallPerUser() {
        int n = 0;
        for (String id : ModelRun.PEOPLE) {
            UserRef user = ModelRun.person(id);
            List<String> joined = run.current.values().stream()
                    .filter(c -> !c.state().isTerminal() && stateOf(c, id) == ParticipantState.JOINED)
                    .map(c -> run.describe(c)).toList();
            check(joined.size() <= 1, id + " is joined in " + joined.size() + " live calls: " + joined);
            ModelNode node = run.nodes.get(n++ % run.nodes.size());
            List<Call> active = node.calls.activeCalls(user);
            long joinedActive = active.stream().filter(c -> stateOf(c, id) == ParticipantState.JOINED).count();
            check(joinedActive <= 1, "activeCalls on n" + node.index + " shows " + id + " joined in "
                    + joinedActive + " calls");
            for (Call c : active) {
                check(!c.state().isTerminal(), "activeCalls of " + id + " holds " + run.describe(c));
            }
        }
    }

    private void terminalCalls() {
        Map<UUID, List<CallEvent>> byCall = new HashMap<>();
        for (CallEvent e : run.log.values()) {
            if (e.callId() != null) {
                byCall.computeIfAbsent(e.callId(), k -> new java.util.ArrayList<>()).add(e);
            }
        }
        for (UUID id : run.known) {
            Call call = run.current.get(id);
            List<CallEvent> events = byCall.getOrDefault(id, List.of());
            List<CallEvent> ending = events.stream().filter(e -> e.call().state().isTerminal()).toList();
            String label = run.label(id);
            if (!call.state().isTerminal()) {
                check(ending.isEmpty(), label + " is live but the log ended it: " + types(ending));
                continue;
            }
            Call first = terminal.putIfAbsent(id, call);
            check(first == null || first.equals(call), label + " changed after it ended: was " + first
                    + ", now " + call);
            check(ending.size() == 1, label + " (" + call.state() + ") has " + ending.size()
                    + " events that end it: " + types(events));
            CallEvent end = ending.get(0);
            check(end.type().isTerminal(), label + " ended by " + end.type() + ", not a terminal event type");
            check(end == events.get(events.size() - 1), label + " has events after it ended: " + types(events));
            check(end.call().equals(call), label + " in the store differs from its last event: " + call + " vs "
                    + end.call());
        }
    }

    /** Invariant 4, for calls live now or before this step, or for every call when {@code all}. */
    private void rings(boolean all) {
        int n = 0;
        for (UUID id : run.known) {
            Call call = run.current.get(id);
            if (!all && call.state().isTerminal() && !liveBefore.contains(id)) {
                continue;
            }
            for (Participant p : call.participants()) {
                ModelNode node = run.nodes.get(n++ % run.nodes.size());
                RingState ring = node.calls.ringState(id, ModelRun.person(p.userId()));
                boolean expected = !call.state().isTerminal() && !call.isInitiator(p.userId())
                        && p.state().isPending();
                check(ring.ring() == expected, "ringState of " + p.userId() + " in " + run.describe(call) + " on n"
                        + node.index + " is " + ring + ", expected ring=" + expected);
                check(ring.callState() == call.state(), "ringState reports " + ring.callState() + " for "
                        + run.describe(call));
            }
        }
    }

    private void answeredStopsOtherRings() {
        UserRef user = run.answered;
        if (user == null) {
            return;
        }
        for (Call call : run.current.values()) {
            boolean ringing = !call.state().isTerminal() && stateOf(call, user.userId()) != null
                    && stateOf(call, user.userId()).isPending();
            check(!ringing, user.userId() + " answered a call and is still rung in " + run.describe(call));
        }
    }

    private void pushes() {
        for (UUID id : run.known) {
            Call call = run.current.get(id);
            if (!call.state().isTerminal()) {
                continue;
            }
            for (Participant p : call.invitees()) {
                List<PushLog.Entry> entries = run.push.of(ModelRun.person(p.userId()), id);
                boolean invited = entries.stream().anyMatch(PushLog.Entry::isInvite);
                if (!invited || p.joinedAt() != null) {
                    continue;
                }
                check(!entries.get(entries.size() - 1).isInvite(), p.userId() + " was pushed an invitation to "
                        + run.describe(call) + " and never a cancellation after it: " + entries);
            }
        }
    }

    private static ParticipantState stateOf(Call call, String userId) {
        return call.participant(userId).map(Participant::state).orElse(null);
    }

    private static List<String> types(List<CallEvent> events) {
        return events.stream().map(e -> "#" + e.sequence() + " " + e.type().wire() + "(" + e.call().state() + ")")
                .toList();
    }

    static void check(boolean ok, String violation) {
        if (!ok) {
            throw new ModelViolation(violation);
        }
    }

}
