package dev.calls.contract;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.MediaType;
import dev.calls.MediaUpdate;
import dev.calls.Participant;
import dev.calls.UserRef;
import dev.calls.presence.PresenceStatus;
import dev.calls.presence.PresenceUpdate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Picks and runs the next operation, on a random engine, for a random user, on a random known call (live
 * ones preferred). Choices depend only on the seed and on what the store held after the previous step, so a
 * seed replays the same operations as long as the engine behaves the same.
 */
final class ModelOps {
    private enum Op {
        START(14), ACCEPT(14), DECLINE(6), ACKNOWLEDGE(3), CANCEL(5), END(4), LEAVE(6), FAIL(2), RING_AGAIN(5),
        MEDIA(3), IN_ROOM(5), PRESENCE(5), HEARTBEAT(12), CONNECT(6), DISCONNECT(4), ADVANCE(11);

        final int weight;

        Op(int weight) {
            this.weight = weight;
        }
    }

    private static final int TOTAL = java.util.Arrays.stream(Op.values()).mapToInt(o -> o.weight).sum();
    private static final Duration[] ADVANCES = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(12),
        Duration.ofSeconds(31), Duration.ofMinutes(2), Duration.ofMinutes(6)};

    private final ModelRun run;
    private final Random rnd;
    private int deviceCount;

    ModelOps(ModelRun run) {
        this.run = run;
        this.rnd = run.rnd;
    }

    String next() {
        run.answered = null;
        ModelNode node = run.nodes.get(rnd.nextInt(run.nodes.size()));
        String at = "#" + run.step + " n" + node.index + " ";
        Op op = pick();
        Call call = run.known.isEmpty() ? null : call();
        if (call == null && op.ordinal() <= Op.IN_ROOM.ordinal()) {
            op = Op.START;
        }
        return switch (op) {
            case START -> start(node.calls, at);
            case ACCEPT -> {
                UserRef u = invitee(call);
                boolean leave = rnd.nextBoolean();
                yield run.attempt("accept", at + "accept " + run.label(call.id()) + " by " + u.userId()
                        + (leave ? " leaving current" : ""), () -> {
                            Call answered = node.calls.accept(call.id(), u, leave);
                            run.answered = u;
                            return answered;
                        });
            }
            case DECLINE -> act(at, "decline", call, invitee(call), u -> node.calls.decline(call.id(), u));
            case ACKNOWLEDGE -> act(at, "acknowledge", call, invitee(call),
                    u -> node.calls.acknowledge(call.id(), u));
            case CANCEL -> act(at, "cancel", call, host(call), u -> node.calls.cancel(call.id(), u));
            case END -> act(at, "end", call, member(call), u -> node.calls.end(call.id(), u));
            case LEAVE -> act(at, "leave", call, member(call), u -> node.calls.leave(call.id(), u));
            case FAIL -> act(at, "fail", call, member(call), u -> node.calls.fail(call.id(), u));
            case RING_AGAIN -> {
                String invitee = invitee(call).userId();
                yield act(at, "ringAgain", " ringing " + invitee, call, host(call),
                        u -> node.calls.ringAgain(call.id(), u, invitee));
            }
            case MEDIA -> {
                MediaUpdate media = new MediaUpdate(rnd.nextBoolean(), rnd.nextBoolean(),
                        rnd.nextBoolean() ? "good" : "poor");
                yield act(at, "media", " " + media, call, member(call), u -> node.calls.updateMedia(call.id(), u, media));
            }
            case IN_ROOM -> {
                boolean in = rnd.nextInt(3) != 0;
                yield act(at, in ? "inRoom" : "outOfRoom", call, member(call),
                        u -> node.calls.reportInRoom(call.id(), u, in));
            }
            case PRESENCE -> presence(node.calls, at);
            case HEARTBEAT -> {
                UserRef u = anyone();
                yield run.attempt("heartbeat", at + "heartbeat " + u.userId(), () -> node.calls.presence().heartbeat(u)
                        .status());
            }
            case CONNECT -> connect(node, at);
            case DISCONNECT -> disconnect(at);
            case ADVANCE -> advance(node, at);
        };
    }

    private String act(String at, String action, Call call, UserRef user, Function<UserRef, ?> body) {
        return act(at, action, "", call, user, body);
    }

    private String act(String at, String action, String detail, Call call, UserRef user,
            Function<UserRef, ?> body) {
        return run.attempt(action, at + action + " " + run.label(call.id()) + " by " + user.userId() + detail,
                () -> body.apply(user));
    }

    private Op pick() {
        int roll = rnd.nextInt(TOTAL);
        for (Op op : Op.values()) {
            roll -= op.weight;
            if (roll < 0) {
                return op;
            }
        }
        throw new IllegalStateException();
    }

    private Call call() {
        List<Call> live = run.known.stream().map(run.current::get)
                .filter(c -> c != null && !c.state().isTerminal()).toList();
        if (!live.isEmpty() && rnd.nextInt(5) != 0) {
            return live.get(rnd.nextInt(live.size()));
        }
        UUID id = run.known.get(rnd.nextInt(run.known.size()));
        return run.current.get(id);
    }

    private UserRef anyone() {
        return ModelRun.person(rnd.nextInt(ModelRun.PEOPLE.size()));
    }

    private UserRef member(Call call) {
        if (rnd.nextInt(12) == 0) {
            return anyone();
        }
        List<Participant> ps = call.participants();
        return ModelRun.person(ps.get(rnd.nextInt(ps.size())).userId());
    }

    private UserRef invitee(Call call) {
        List<Participant> invitees = call.invitees();
        if (invitees.isEmpty() || rnd.nextInt(10) == 0) {
            return member(call);
        }
        return ModelRun.person(invitees.get(rnd.nextInt(invitees.size())).userId());
    }

    private UserRef host(Call call) {
        return rnd.nextInt(5) == 0 ? member(call) : ModelRun.person(call.initiator());
    }

    private String start(Calls calls, String at) {
        UserRef caller = anyone();
        List<String> others = new ArrayList<>(ModelRun.PEOPLE);
        others.remove(caller.userId());
        Collections.shuffle(others, rnd);
        int count = rnd.nextInt(10) < 7 ? 1 : 2 + rnd.nextInt(2);
        List<String> to = List.copyOf(others.subList(0, count));
        MediaType type = rnd.nextBoolean() ? MediaType.AUDIO : MediaType.VIDEO;
        return run.attempt("start", at + "start " + caller.userId() + " -> " + to + " " + type,
                () -> calls.start(caller, to, type));
    }

    private String presence(Calls calls, String at) {
        UserRef u = anyone();
        PresenceStatus[] statuses = PresenceStatus.values();
        PresenceStatus status = rnd.nextBoolean() ? PresenceStatus.ONLINE : statuses[rnd.nextInt(statuses.length)];
        Boolean available = rnd.nextInt(5) == 0 ? Boolean.FALSE : Boolean.TRUE;
        Boolean dnd = rnd.nextInt(5) == 0 ? Boolean.TRUE : Boolean.FALSE;
        PresenceUpdate update = new PresenceUpdate(status, null, available, dnd);
        return run.attempt("presence", at + "presence " + u.userId() + " " + update,
                () -> calls.presence().update(u, update).status());
    }

    private String connect(ModelNode node, String at) {
        UserRef u = anyone();
        ModelDevice tap = run.tap(node.index, u);
        ModelDevice device = new ModelDevice(node.index, u, "d" + deviceCount++ + " n" + node.index + "/"
                + u.userId(), tap.size());
        return run.attempt("connect", at + "connect " + device, () -> {
            var subscription = node.calls.events().subscribe(u, device);
            int tapAfter = tap.size();
            device.opened(subscription, node.calls.presence().connect(u), tapAfter);
            run.devices.add(device);
            return "open";
        });
    }

    private String disconnect(String at) {
        List<ModelDevice> open = run.devices.stream().filter(ModelDevice::isOpen).toList();
        if (open.isEmpty()) {
            return at + "disconnect: no device open";
        }
        ModelDevice device = open.get(rnd.nextInt(open.size()));
        ModelDevice tap = run.tap(device.node, device.user);
        return run.attempt("disconnect", at + "disconnect " + device, () -> {
            device.close(tap.size(), tap::size);
            return "closed";
        });
    }

    private String advance(ModelNode node, String at) {
        Duration by = ADVANCES[rnd.nextInt(ADVANCES.length)];
        List<Integer> lagging = new ArrayList<>();
        for (ModelNode other : run.nodes) {
            if (other != node && rnd.nextInt(4) == 0) {
                lagging.add(other.index);
            }
        }
        return run.attempt("advance", at + "advance " + by + " (timers of " + lagging + " late)", () -> {
            node.scheduler.advance(by);
            for (ModelNode other : run.nodes) {
                if (other != node && !lagging.contains(other.index)) {
                    other.scheduler.runDue();
                }
            }
            return run.clock.instant();
        });
    }
}
