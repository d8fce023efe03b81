package dev.calls.contract;

import dev.calls.Call;
import dev.calls.Calls;
import dev.calls.CallsBuilder;
import dev.calls.CallsException;
import dev.calls.StorageException;
import dev.calls.UserRef;
import dev.calls.event.CallEvent;
import dev.calls.testing.Recorder;
import dev.calls.testing.ManualScheduler;
import dev.calls.testing.MutableClock;
import dev.calls.testing.TestUsers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One random sequence: two or three engines on fresh shared stores, the model's view of them (the calls it
 * knows, the event log read so far, the devices) and the step loop. After every step
 * {@link ModelChecks#afterStep()} runs; at the end the model waits until every engine has handed on (listeners,
 * push, streams) everything it will, and runs {@link ModelChecks#quiesced()}. Quiescing takes the engines
 * about 100 ms per gap another engine's commits left in their sequence (an in-memory engine fills one gap per
 * patience period), so it is done once per sequence.
 */
final class ModelRun implements AutoCloseable {
    static final String TENANT = "acme";
    static final List<String> PEOPLE = List.of("alice", "bob", "carol", "dave", "erin");

    final Random rnd;
    final ModelStores.Shared shared;
    final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
    final List<ModelNode> nodes = new ArrayList<>();
    final PushLog push = new PushLog();
    final boolean ringOffline;
    /** Calls in the order the model learnt of them; their labels are c0, c1 … in this order. */
    final List<UUID> known = new ArrayList<>();
    private final Map<UUID, Integer> labels = new HashMap<>();
    /** Each known call as the store holds it after the last step. */
    final Map<UUID, Call> current = new HashMap<>();
    /** The log as read after the last step, every tenant, by sequence. */
    final TreeMap<Long, CallEvent> log = new TreeMap<>();
    /** One tap per engine and person, subscribed before the first step; the log's end at that moment. */
    final ModelDevice[][] taps;
    final long tapStart;
    final List<ModelDevice> devices = new ArrayList<>();
    final List<String> steps = new ArrayList<>();
    final ModelStats stats;
    private final ModelOps ops;
    private final ModelChecks checks;
    int step;
    /** Who answered a call in this step, if anyone. */
    UserRef answered;

    ModelRun(long seed, ModelStores stores, ModelStats stats) {
        this.rnd = new Random(seed);
        this.stats = stats;
        int count = 2 + rnd.nextInt(2);
        this.ringOffline = rnd.nextBoolean();
        this.shared = stores.open();
        TestUsers users = new TestUsers();
        PEOPLE.forEach(p -> users.add(TENANT, p, p.substring(0, 1).toUpperCase() + p.substring(1)));
        Recorder<CallEvent> listened = new Recorder<>();
        for (int i = 0; i < count; i++) {
            ManualScheduler scheduler = new ManualScheduler(clock);
            AtomicLong lastListened = new AtomicLong();
            CallsBuilder builder = Calls.builder().userDirectory(users).clock(clock).scheduler(scheduler)
                    .pushNotifier(push.notifier(i, lastListened::get)).ringOfflineUsers(ringOffline);
            nodes.add(new ModelNode(i, scheduler, lastListened, listened, shared.node(i, builder)));
        }
        readLog();
        this.tapStart = log.isEmpty() ? 0 : log.lastKey();
        this.taps = new ModelDevice[count][PEOPLE.size()];
        for (int n = 0; n < count; n++) {
            for (int u = 0; u < PEOPLE.size(); u++) {
                ModelDevice tap = new ModelDevice(n, person(u), "tap n" + n + "/" + PEOPLE.get(u), 0);
                tap.opened(nodes.get(n).calls.events().subscribe(person(u), tap), null, 0);
                taps[n][u] = tap;
            }
        }
        this.ops = new ModelOps(this);
        this.checks = new ModelChecks(this);
    }

    static UserRef person(int index) {
        return UserRef.of(TENANT, PEOPLE.get(index));
    }

    static UserRef person(String userId) {
        return UserRef.of(TENANT, userId);
    }

    ModelDevice tap(int node, UserRef user) {
        return taps[node][PEOPLE.indexOf(user.userId())];
    }

    /** Runs the steps, checking after each. */
    void run(int stepCount) {
        for (step = 0; step < stepCount; step++) {
            steps.add(ops.next());
            stats.steps++;
            readLog();
            refresh();
            checks.afterStep();
        }
        nodes.forEach(ModelNode::drain);
        nodes.forEach(ModelNode::awaitPublished);
        readLog();
        checks.quiesced();
    }

    /** Runs one operation; a refusal is a legal outcome, anything else thrown is a violation. */
    String attempt(String operation, String description, Supplier<?> action) {
        try {
            Object result = action.get();
            stats.ok(operation);
            return description + " -> " + describe(result);
        } catch (StorageException e) {
            throw new ModelViolation("storage failed: " + description, e);
        } catch (CallsException e) {
            stats.refused(e.code().code());
            return description + " -> refused " + e.code().code();
        } catch (RuntimeException e) {
            throw new ModelViolation("not a refusal: " + description + " threw " + e, e);
        }
    }

    private String describe(Object result) {
        if (result instanceof Call call) {
            remember(call.id());
            return describe(call);
        }
        return result == null ? "ok" : String.valueOf(result);
    }

    String describe(Call call) {
        return label(call.id()) + " " + call.state() + " v" + call.version() + " " + call.participants().stream()
                .map(p -> p.userId() + ":" + p.state()).collect(Collectors.joining(",", "[", "]"));
    }

    void remember(UUID id) {
        if (!labels.containsKey(id)) {
            labels.put(id, known.size());
            known.add(id);
        }
    }

    String label(UUID id) {
        Integer index = labels.get(id);
        return index == null ? id.toString() : "c" + index;
    }

    private void readLog() {
        long after = log.isEmpty() ? 0 : log.lastKey();
        while (true) {
            List<CallEvent> batch = shared.callStore().eventsAfter(after, 500);
            for (CallEvent e : batch) {
                log.put(e.sequence(), e);
                after = e.sequence();
                if (e.callId() != null) {
                    remember(e.callId());
                }
            }
            if (batch.size() < 500) {
                return;
            }
        }
    }

    private void refresh() {
        for (UUID id : known) {
            Call call = shared.callStore().find(id)
                    .orElseThrow(() -> new ModelViolation(label(id) + " is in the log but not in the store"));
            current.put(id, call);
        }
    }

    @Override
    public void close() {
        try {
            for (ModelNode node : nodes) {
                node.close();
            }
        } finally {
            shared.close();
        }
    }
}
