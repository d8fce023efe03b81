package dev.calls;

import dev.calls.internal.Admin;
import dev.calls.internal.Components;
import dev.calls.internal.DeviceRegistry;
import dev.calls.internal.Engine;
import dev.calls.internal.MediaWarning;
import dev.calls.jitsi.PublicJitsi;
import dev.calls.meeting.MeetingSettings;
import dev.calls.memory.InMemoryAdminStore;
import dev.calls.memory.InMemoryCallStore;
import dev.calls.memory.InMemoryDeviceStore;
import dev.calls.memory.InMemoryEventTransport;
import dev.calls.memory.InMemoryGuestStore;
import dev.calls.memory.InMemoryMeetingStore;
import dev.calls.memory.InMemoryPresenceStore;
import dev.calls.memory.InMemoryRateLimits;
import dev.calls.spi.AdminPolicy;
import dev.calls.spi.AdminStore;
import dev.calls.spi.CallListener;
import dev.calls.spi.CallPolicy;
import dev.calls.spi.CallStore;
import dev.calls.spi.DeliveryCursors;
import dev.calls.spi.DeviceStore;
import dev.calls.spi.EventTransport;
import dev.calls.spi.InvitationLinks;
import dev.calls.spi.InvitationMailer;
import dev.calls.spi.GuestListener;
import dev.calls.spi.GuestStore;
import dev.calls.spi.Lifecycle;
import dev.calls.spi.MeetingProvider;
import dev.calls.spi.MeetingProviderResolver;
import dev.calls.spi.MeetingStore;
import dev.calls.spi.PresenceStore;
import dev.calls.spi.PushNotifier;
import dev.calls.spi.RateLimits;
import dev.calls.spi.RoomAccessPolicy;
import dev.calls.spi.Scheduler;
import dev.calls.spi.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link Calls} engine. Only {@link #userDirectory} is required: everything else has an
 * in-memory or system default. The engine's settings are those of {@link CallsConfig.Builder}, where their
 * defaults and bounds live; they are checked in {@link #build()}, which fails with an
 * {@link InvalidSettingException} naming the setting.
 */
public final class CallsBuilder {
    private static final Logger LOG = LoggerFactory.getLogger(Calls.class);
    /** Devices one user keeps when {@link #maxDevicesPerUser} is not set. */
    public static final int DEFAULT_MAX_DEVICES_PER_USER = 10;
    private UserDirectory userDirectory;
    private CallStore callStore;
    private PresenceStore presenceStore;
    private MeetingStore meetingStore;
    private EventTransport eventTransport;
    private CallPolicy callPolicy = CallPolicy.ALLOW_ALL;
    private PushNotifier pushNotifier;
    private DeliveryCursors deliveryCursors;
    private RateLimits rateLimits;
    private DeviceStore deviceStore;
    private int maxDevicesPerUser = DEFAULT_MAX_DEVICES_PER_USER;
    private MeetingProviderResolver providers;
    private MeetingProvider singleProvider;
    private final List<CallListener> listeners = new ArrayList<>();
    private final List<Lifecycle> lifecycles = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Scheduler scheduler;
    private CallsConfig.Builder config = CallsConfig.builder();
    private MeetingSettings meetingSettings = MeetingSettings.defaults();
    private RoomAccessPolicy roomAccessPolicy = RoomAccessPolicy.DENY_ALL;
    private AdminPolicy adminPolicy = AdminPolicy.NOBODY;
    private AdminStore adminStore;
    private InvitationMailer invitationMailer;
    private InvitationLinks invitationLinks;
    private GuestStore guestStore;
    private GuestListener guestListener = GuestListener.NONE;
    private byte[] guestSecret;

    CallsBuilder() {
    }

    /** The host's users (required). */
    public CallsBuilder userDirectory(UserDirectory userDirectory) {
        this.userDirectory = Objects.requireNonNull(userDirectory, "userDirectory");
        return this;
    }

    /** Where calls and events are stored (default: in memory). */
    public CallsBuilder callStore(CallStore callStore) {
        this.callStore = Objects.requireNonNull(callStore, "callStore");
        return this;
    }

    /**
     * Who administers their tenant (default {@link AdminPolicy#NOBODY}): sees statistics and live calls, ends
     * stuck calls through {@link Calls#admin()}.
     */
    public CallsBuilder adminPolicy(AdminPolicy adminPolicy) {
        this.adminPolicy = Objects.requireNonNull(adminPolicy, "adminPolicy");
        return this;
    }

    /**
     * Where administrators' statistics and live calls are computed. Default: the call store itself when it is an
     * {@link AdminStore}, or the in-memory one beside the default store; with none, statistics are
     * {@code not_found}.
     */
    public CallsBuilder adminStore(AdminStore adminStore) {
        this.adminStore = Objects.requireNonNull(adminStore, "adminStore");
        return this;
    }

    /** Where presence is written behind (default: in memory). */
    public CallsBuilder presenceStore(PresenceStore presenceStore) {
        this.presenceStore = Objects.requireNonNull(presenceStore, "presenceStore");
        return this;
    }

    /** Where scheduled meetings are stored (default: in memory). */
    public CallsBuilder meetingStore(MeetingStore meetingStore) {
        this.meetingStore = Objects.requireNonNull(meetingStore, "meetingStore");
        return this;
    }

    /** Delivers events to connected devices (default: in-process). */
    public CallsBuilder eventTransport(EventTransport eventTransport) {
        this.eventTransport = Objects.requireNonNull(eventTransport, "eventTransport");
        return this;
    }

    /**
     * The counters of the start and ring-again rate limits (default: in memory, per node). Several nodes share
     * one, such as the Redis counters of {@code calls-redis}, so the limits hold across them.
     */
    public CallsBuilder rateLimits(RateLimits rateLimits) {
        this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
        return this;
    }

    /** The host's rule on who may call whom, on top of "same tenant" (default: allow). */
    public CallsBuilder callPolicy(CallPolicy callPolicy) {
        this.callPolicy = Objects.requireNonNull(callPolicy, "callPolicy");
        return this;
    }

    /**
     * Where the engine keeps its place in the event log for calling the listeners and the push notifier at
     * least once (default: the call store when it implements {@link DeliveryCursors}, as both shipped stores
     * do, else memory).
     */
    public CallsBuilder deliveryCursors(DeliveryCursors deliveryCursors) {
        this.deliveryCursors = Objects.requireNonNull(deliveryCursors, "deliveryCursors");
        return this;
    }

    /**
     * Rings users' phones (default: none). Several notifiers (APNs, FCM, the host's hook) can be given, in
     * several calls or with {@link PushNotifier#all}; each message goes to all of them.
     */
    public CallsBuilder pushNotifier(PushNotifier pushNotifier) {
        Objects.requireNonNull(pushNotifier, "pushNotifier");
        this.pushNotifier = this.pushNotifier == null ? pushNotifier : PushNotifier.all(this.pushNotifier, pushNotifier);
        return this;
    }

    /**
     * E-mails meeting invitations (default: none, no mail). When a meeting is created, changed or cancelled,
     * every invitee whose e-mail address the {@link UserDirectory} knows gets a message with the calendar
     * object attached, sent in the background after the change is stored; see {@link Calls#invitations()}.
     */
    public CallsBuilder invitationMailer(InvitationMailer invitationMailer) {
        this.invitationMailer = Objects.requireNonNull(invitationMailer, "invitationMailer");
        return this;
    }

    /**
     * The personal link each invitee's mail points to, such as the filter's meeting page
     * ({@code InvitationLinks.pattern("https://app.example.org/api/calls/embed/meetings/{meetingId}")}). Default:
     * the media room's own address, which on a deployment with token auth lets nobody in without a token.
     */
    public CallsBuilder invitationLinks(InvitationLinks invitationLinks) {
        this.invitationLinks = Objects.requireNonNull(invitationLinks, "invitationLinks");
        return this;
    }

    /** Where users' push devices are kept (default: in memory). */
    public CallsBuilder deviceStore(DeviceStore deviceStore) {
        this.deviceStore = Objects.requireNonNull(deviceStore, "deviceStore");
        return this;
    }

    /** Devices one user keeps; registering more removes the oldest. 1 to 100 (default 10). */
    public CallsBuilder maxDevicesPerUser(int maxDevicesPerUser) {
        if (maxDevicesPerUser < 1 || maxDevicesPerUser > 100) {
            throw new InvalidSettingException("maxDevicesPerUser", "must be between 1 and 100, was " + maxDevicesPerUser);
        }
        this.maxDevicesPerUser = maxDevicesPerUser;
        return this;
    }

    /** Adds a listener for every event. */
    public CallsBuilder listener(CallListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** One media deployment for every tenant (default: public Jitsi at meet.jit.si). */
    public CallsBuilder meetingProvider(MeetingProvider provider) {
        this.providers = MeetingProviderResolver.of(provider);
        this.singleProvider = provider;
        return this;
    }

    /** A media deployment per tenant. */
    public CallsBuilder meetingProviders(MeetingProviderResolver resolver) {
        this.providers = Objects.requireNonNull(resolver, "resolver");
        this.singleProvider = null;
        return this;
    }

    /** Another adapter whose install and uninstall hooks {@link Calls#install()} should run. */
    public CallsBuilder lifecycle(Lifecycle lifecycle) {
        lifecycles.add(Objects.requireNonNull(lifecycle, "lifecycle"));
        return this;
    }

    /** The engine's clock (default: system UTC). */
    public CallsBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Runs timers (default: one daemon thread on the engine's clock). */
    public CallsBuilder scheduler(Scheduler scheduler) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        return this;
    }

    /** Ringing → missed after this; 5 s to 180 s (default 30 s). */
    public CallsBuilder ringTimeout(Duration ringTimeout) {
        config.ringTimeout(ringTimeout);
        return this;
    }

    /** An active call ends on its own after this (default 8 h). */
    public CallsBuilder maxCallDuration(Duration maxCallDuration) {
        config.maxCallDuration(maxCallDuration);
        return this;
    }

    /** Heartbeat → offline after this (default 5 min). */
    public CallsBuilder presenceTimeout(Duration presenceTimeout) {
        config.presenceTimeout(presenceTimeout);
        return this;
    }

    /**
     * End active calls whose media room has been empty this long, or whose participants have all gone offline
     * (default 3 min); null or zero turns idle ending off.
     */
    public CallsBuilder idleTimeout(Duration idleTimeout) {
        config.idleTimeout(idleTimeout);
        return this;
    }

    /** Most invitees in one call (default 16). */
    public CallsBuilder maxGroupSize(int maxGroupSize) {
        config.maxGroupSize(maxGroupSize);
        return this;
    }

    /** Calls one user may start per minute (default 20). */
    public CallsBuilder startsPerMinute(int startsPerMinute) {
        config.startsPerMinute(startsPerMinute);
        return this;
    }

    /** Ring offline users through the push notifier instead of refusing (default: on when a notifier is set). */
    public CallsBuilder ringOfflineUsers(boolean ringOfflineUsers) {
        config.ringOfflineUsers(ringOfflineUsers);
        return this;
    }

    /** Prefix of generated room names, {@code [a-z0-9-]} (default {@code calls}). */
    public CallsBuilder roomPrefix(String roomPrefix) {
        config.roomPrefix(roomPrefix);
        return this;
    }

    /** How often to look for timeouts another node missed (default 5 s). */
    public CallsBuilder sweepInterval(Duration sweepInterval) {
        config.sweepInterval(sweepInterval);
        return this;
    }

    /** How often presence is written behind (default 2 s). */
    public CallsBuilder presenceFlushInterval(Duration presenceFlushInterval) {
        config.presenceFlushInterval(presenceFlushInterval);
        return this;
    }

    /** What a call to a user in a call does: refused as busy (the default), or rung as call waiting. */
    public CallsBuilder busyPolicy(BusyPolicy busyPolicy) {
        config.busyPolicy(busyPolicy);
        return this;
    }

    /**
     * All engine settings at once, such as those a framework bound from its configuration. A config whose
     * {@code ringOfflineUsers} is false leaves that setting to its default (on when a push notifier is given);
     * call {@link #ringOfflineUsers(boolean)} after this to turn it off explicitly.
     */
    public CallsBuilder settings(CallsConfig settings) {
        this.config = settings.toBuilder();
        if (!settings.ringOfflineUsers()) {
            // false is also what a config built without a push notifier says: the default still applies
            config.ringOfflineUsersByDefault();
        }
        return this;
    }

    /** Rules for scheduled meetings: join window, longest meeting, lead time, title length. */
    public CallsBuilder meetingSettings(MeetingSettings meetingSettings) {
        this.meetingSettings = Objects.requireNonNull(meetingSettings, "meetingSettings");
        return this;
    }

    /** Who may get tokens for the host's own rooms (default: nobody). */
    public CallsBuilder roomAccessPolicy(RoomAccessPolicy roomAccessPolicy) {
        this.roomAccessPolicy = Objects.requireNonNull(roomAccessPolicy, "roomAccessPolicy");
        return this;
    }

    /**
     * Announce {@code presence.changed} to the whole tenant whenever a user's in-call state changes, so
     * presence dots turn busy and free again live (default off). Each call start, answer and end then
     * reaches every connected device of the tenant: right for tenants of up to a few hundred connected
     * users, not for ten thousand.
     */
    public CallsBuilder announceCallPresence(boolean announce) {
        config.announceCallPresence(announce);
        return this;
    }

    /** Where guest passes are kept (default: in memory). */
    public CallsBuilder guestStore(GuestStore guestStore) {
        this.guestStore = Objects.requireNonNull(guestStore, "guestStore");
        return this;
    }

    /** Told of created and revoked guest passes, such as an invitation mailer (default: nobody). */
    public CallsBuilder guestListener(GuestListener guestListener) {
        this.guestListener = Objects.requireNonNull(guestListener, "guestListener");
        return this;
    }

    /**
     * The key guest passes are signed with (HMAC-SHA256): at least 32 bytes, the same on every node and across
     * restarts. Without it a random key is made at start, and passes stop working when the engine restarts.
     */
    public CallsBuilder guestSecret(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < 32) {
            throw new InvalidSettingException("guests.secret", "guests.secret needs at least 32 bytes");
        }
        this.guestSecret = secret.clone();
        return this;
    }

    /** {@link #guestSecret(byte[])} from text (its UTF-8 bytes: at least 32); null or blank leaves the default. */
    public CallsBuilder guestSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            return this;
        }
        return guestSecret(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Checks the settings, starts the timers and returns the engine. */
    public Calls build() {
        if (userDirectory == null) {
            throw new IllegalStateException("userDirectory is required");
        }
        if (!config.ringOfflineUsersSet()) {
            config.ringOfflineUsers(pushNotifier != null);
        }
        CallsConfig settings = config.build();
        if (settings.ringOfflineUsers() && pushNotifier == null) {
            throw new InvalidSettingException("ringOfflineUsers", "ringOfflineUsers needs a pushNotifier");
        }
        CallStore calls = callStore != null ? callStore : new InMemoryCallStore();
        AdminStore stats = adminStore != null ? adminStore
                : calls instanceof AdminStore a ? a
                : calls instanceof InMemoryCallStore m ? new InMemoryAdminStore(m) : null;
        DeviceRegistry devices = new DeviceRegistry(deviceStore != null ? deviceStore : new InMemoryDeviceStore(),
                clock, maxDevicesPerUser);
        Components components = new Components(
                settings,
                userDirectory,
                calls,
                presenceStore != null ? presenceStore : new InMemoryPresenceStore(),
                meetingStore != null ? meetingStore : new InMemoryMeetingStore(),
                eventTransport != null ? eventTransport : new InMemoryEventTransport(),
                callPolicy,
                pushNotifier,
                devices,
                providers != null ? providers : MeetingProviderResolver.of(PublicJitsi.meetJitSi()),
                List.copyOf(listeners),
                List.copyOf(lifecycles),
                clock,
                scheduler != null ? scheduler : Scheduler.system(clock),
                meetingSettings,
                roomAccessPolicy,
                deliveryCursors,
                invitationMailer,
                invitationLinks,
                rateLimits != null ? rateLimits : new InMemoryRateLimits(),
                new dev.calls.guest.GuestSettings(guestStore != null ? guestStore : new InMemoryGuestStore(),
                        guestListener, guestSecret != null ? guestSecret : randomSecret()));
        MeetingProvider everyone = providers == null ? PublicJitsi.meetJitSi() : singleProvider;
        if (everyone != null) {
            MediaWarning.about(everyone).ifPresent(LOG::warn);
        }
        Engine engine = Engine.start(components);
        return new Calls(engine, new Admin(engine, calls, stats, adminPolicy), devices);
    }

    private static final java.util.concurrent.atomic.AtomicBoolean TOLD_RANDOM_SECRET =
            new java.util.concurrent.atomic.AtomicBoolean();

    private static byte[] randomSecret() {
        if (TOLD_RANDOM_SECRET.compareAndSet(false, true)) {
            org.slf4j.LoggerFactory.getLogger(CallsBuilder.class).info("no guest pass secret is set (calls.guests.secret):"
                    + " guest passes are signed with a random key and stop working when the application restarts");
        }
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }
}
