package dev.calls.internal;

import dev.calls.Call;
import dev.calls.ErrorCode;
import dev.calls.NotFoundException;
import dev.calls.RefusedException;
import dev.calls.UserRef;
import dev.calls.admin.AdminService;
import dev.calls.admin.CallStats;
import dev.calls.admin.StatsQuery;
import dev.calls.event.CallEvent;
import dev.calls.spi.AdminPolicy;
import dev.calls.spi.AdminStore;
import dev.calls.spi.CallStore;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The engine's {@link AdminService}: the policy first, then the store's aggregates or the engine's action. */
public final class Admin implements AdminService {
    static final int MAX_LIVE = 500;

    private final CallService calls;
    private final CallStore callStore;
    private final AdminStore adminStore;
    private final AdminPolicy policy;
    private final dev.calls.spi.EventTransport transport;

    /** @param adminStore null when the host's store computes no statistics */
    public Admin(Engine engine, CallStore callStore, AdminStore adminStore, AdminPolicy policy) {
        this.calls = engine.calls();
        this.transport = engine.transport();
        this.callStore = Objects.requireNonNull(callStore, "callStore");
        this.adminStore = adminStore;
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public boolean isAdmin(UserRef user) {
        return user != null && policy.isAdmin(user);
    }

    private void require(UserRef user) {
        if (!isAdmin(user)) {
            throw new NotFoundException("not found");
        }
    }

    private AdminStore store() {
        if (adminStore == null) {
            throw new NotFoundException("this call store keeps no statistics");
        }
        return adminStore;
    }

    @Override
    public CallStats stats(UserRef admin, StatsQuery query) {
        require(admin);
        return CallStats.of(query, store().stats(admin.tenant(), query));
    }

    @Override
    public List<Call> activeCalls(UserRef admin) {
        require(admin);
        return store().liveCalls(admin.tenant(), MAX_LIVE);
    }

    @Override
    public Call end(UUID callId, UserRef admin) {
        require(admin);
        return calls.endByAdmin(callId, admin);
    }

    @Override
    public List<CallEvent> eventsAfter(UserRef admin, long afterSequence, int limit) {
        require(admin);
        if (afterSequence < 0 || limit < 1 || limit > 500) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "after is at least 0 and limit 1 to 500");
        }
        return callStore.eventsAfter(admin.tenant(), afterSequence, limit);
    }

    @Override
    public dev.calls.spi.EventTransport.Subscription watch(UserRef admin, dev.calls.spi.EventTransport.Listener listener) {
        require(admin);
        java.util.Objects.requireNonNull(listener, "listener");
        return transport.observeTenant(admin.tenant(), listener);
    }
}
