package dev.calls.spring;

import dev.calls.Call;
import dev.calls.CallState;
import dev.calls.event.CallEvent;
import dev.calls.spi.CallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.Locale;

/**
 * Micrometer meters of the calls on this node, fed by the engine's events: counters {@value #STARTED},
 * {@value #ANSWERED}, {@value #MISSED}, {@value #DECLINED} and {@value #FAILED} (tagged with the media
 * {@code type}, audio or video), and the timer {@value #RING_TO_ANSWER} from the start of a call to its answer.
 * Events are counted once, on the node that made the change. Spring Boot binds it to the application's
 * registry; events before that are not counted.
 */
public class CallsMetrics implements MeterBinder, CallListener {
    public static final String STARTED = "calls.started";
    public static final String ANSWERED = "calls.answered";
    public static final String MISSED = "calls.missed";
    public static final String DECLINED = "calls.declined";
    public static final String FAILED = "calls.failed";
    public static final String RING_TO_ANSWER = "calls.ring.to.answer";

    private volatile MeterRegistry registry;

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (String type : new String[] {"audio", "video"}) {
            counter(registry, STARTED, "Calls started", type);
            counter(registry, ANSWERED, "Calls answered by an invitee", type);
            counter(registry, MISSED, "Calls nobody answered before the ring timeout", type);
            counter(registry, DECLINED, "Calls every invitee declined", type);
            counter(registry, FAILED, "Calls whose media could not be set up", type);
            timer(registry, type);
        }
    }

    @Override
    public void onEvent(CallEvent event) {
        MeterRegistry r = registry;
        Call call = event.call();
        if (r == null || call == null) {
            return;
        }
        String type = call.type().name().toLowerCase(Locale.ROOT);
        switch (event.type()) {
            // version 0 is the call as it was created; a later ringing event is an invitee rung again
            case CALL_RINGING -> {
                if (call.version() == 0) {
                    counter(r, STARTED, null, type).increment();
                }
            }
            case CALL_ACCEPTED -> {
                counter(r, ANSWERED, null, type).increment();
                if (call.answeredAt() != null) {
                    timer(r, type).record(Duration.between(call.createdAt(), call.answeredAt()));
                }
            }
            case CALL_MISSED -> counter(r, MISSED, null, type).increment();
            case CALL_DECLINED -> counter(r, DECLINED, null, type).increment();
            case CALL_ENDED -> {
                if (call.endReason() == dev.calls.EndReason.FAILED) {
                    counter(r, FAILED, null, type).increment();
                }
            }
            default -> { }
        }
    }

    private static Counter counter(MeterRegistry registry, String name, String description, String type) {
        return Counter.builder(name).description(description).tag("type", type).register(registry);
    }

    private static Timer timer(MeterRegistry registry, String type) {
        return Timer.builder(RING_TO_ANSWER).description("Time from the start of a call to its answer")
                .tag("type", type).register(registry);
    }
}
