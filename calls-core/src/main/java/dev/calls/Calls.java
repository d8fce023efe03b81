package dev.calls;

import dev.calls.admin.AdminService;
import dev.calls.event.EventService;
import dev.calls.history.HistoryPage;
import dev.calls.device.DeviceService;
import dev.calls.internal.Engine;
import dev.calls.meeting.InvitationService;
import dev.calls.meeting.MeetingService;
import dev.calls.meeting.RoomTokenService;
import dev.calls.presence.PresenceService;
import dev.calls.webhook.MediaServerReports;
import java.util.List;
import java.util.UUID;

/**
 * The calling engine: the one entry point a host uses. Build it once with {@link #builder()}, keep it for
 * the life of the application, {@link #close()} it on shutdown. Thread-safe.
 *
 * <pre>{@code
 * Calls calls = Calls.builder()
 *         .userDirectory((tenant, id) -> users.find(tenant, id))
 *         .build();
 * Call call = calls.start(UserRef.of("acme", "alice"), List.of("bob"), MediaType.VIDEO);
 * calls.accept(call.id(), UserRef.of("acme", "bob"));
 * }</pre>
 *
 * <p>Every action names the acting user; a call the user takes no part in is reported as
 * {@link NotFoundException}. Actions are idempotent for the same user: repeating one returns the call.
 * Refusals are {@link CallsException}s with a stable {@link ErrorCode}.
 */
public final class Calls implements AutoCloseable {
    private final Engine engine;
    private final AdminService admin;
    private final DeviceService devices;

    Calls(Engine engine, AdminService admin, DeviceService devices) {
        this.engine = engine;
        this.admin = admin;
        this.devices = devices;
    }

    /** A builder with in-memory stores, an in-process transport, the public Jitsi provider and the system clock. */
    public static CallsBuilder builder() {
        return new CallsBuilder();
    }

    /**
     * Starts a call from {@code caller} to the recipients (one for a 1:1 call, several for a group call),
     * ringing each of them. If a recipient of a 1:1 call is ringing the caller at this moment, that call is
     * answered and returned instead of starting a second one.
     *
     * @throws RefusedException {@code recipient_offline}, {@code recipient_busy}, {@code recipient_unavailable},
     *     {@code not_permitted} or {@code invalid_request}
     * @throws NotFoundException a recipient is not a user of the caller's tenant
     * @throws RateLimitedException the caller started too many calls
     */
    public Call start(UserRef caller, List<String> recipientIds, MediaType type) {
        return engine.calls().start(caller, recipientIds, type);
    }

    /** The call, for one of its participants. */
    public Call get(UUID callId, UserRef user) {
        return engine.calls().get(callId, user);
    }

    /** A device of the invitee is ringing ({@code call.acknowledged}). */
    public Call acknowledge(UUID callId, UserRef user) {
        return engine.calls().act(callId, user, CallAction.ACKNOWLEDGE);
    }

    /**
     * The invitee answers. A user is in at most one live call at a time, on every node: while in another one
     * this is refused with {@code already_in_call}. The user's other calls that are still ringing them stop, as
     * busy for their callers.
     */
    public Call accept(UUID callId, UserRef user) {
        return engine.calls().accept(callId, user, false);
    }

    /**
     * The invitee answers, leaving the live call they are in first when {@code leaveCurrent} ("end current and
     * answer"); otherwise as {@link #accept(UUID, UserRef)}.
     */
    public Call accept(UUID callId, UserRef user, boolean leaveCurrent) {
        return engine.calls().accept(callId, user, leaveCurrent);
    }

    /** The invitee refuses; the call is declined when every invitee has. */
    public Call decline(UUID callId, UserRef user) {
        return engine.calls().act(callId, user, CallAction.DECLINE);
    }

    /** The caller hangs up before anyone answered. */
    public Call cancel(UUID callId, UserRef user) {
        return engine.calls().act(callId, user, CallAction.CANCEL);
    }

    /** The participant leaves; the call ends when fewer than two remain joined. */
    public Call leave(UUID callId, UserRef user) {
        return engine.calls().act(callId, user, CallAction.LEAVE);
    }

    /** Ends the call for everyone. */
    public Call end(UUID callId, UserRef user) {
        return engine.calls().act(callId, user, CallAction.END);
    }

    /** Reports the participant's microphone, camera and connection quality. */
    public Call updateMedia(UUID callId, UserRef user, MediaUpdate media) {
        return engine.calls().media(callId, user, media);
    }

    /** A host rings one invitee again (one who declined, missed or has not answered yet). */
    public Call ringAgain(UUID callId, UserRef user, String inviteeId) {
        return engine.calls().ringAgain(callId, user, inviteeId);
    }

    /**
     * The participant's own browser reports entering ({@code true}) or leaving the media room (the IFrame
     * API's joined and left events). A second, non-authoritative signal beside media-server webhooks; it
     * keeps an active call from being ended as idle while someone is in the room.
     */
    public Call reportInRoom(UUID callId, UserRef user, boolean inRoom) {
        return engine.calls().reportInRoom(callId, user, inRoom);
    }

    /**
     * The media could not be set up for this participant (Jitsi failed to load): they leave the call. It goes on
     * while two remain joined, completes with reason {@code failed} when one remains, and fails only when nobody
     * else was in it. Only a joined participant may report it, and on a ringing call only the caller.
     */
    public Call fail(UUID callId, UserRef user) {
        return engine.calls().act(callId, user, CallAction.FAIL);
    }

    /**
     * Fresh join information with a new token, for a participant joined in a live call (the caller from the
     * start, an invitee once they answered); anyone else gets an {@link InvalidTransitionException}.
     */
    public JoinInfo join(UUID callId, UserRef user) {
        return engine.calls().join(callId, user);
    }

    /** Should a device of this user still ring for the call. One cheap read. */
    public RingState ringState(UUID callId, UserRef user) {
        return engine.calls().ringState(callId, user);
    }

    /** The user's ringing and active calls, oldest first. */
    public List<Call> activeCalls(UserRef user) {
        return engine.calls().active(user);
    }

    /**
     * The user's history, newest first.
     *
     * @param missedOnly only calls the user missed
     * @param since only calls created at or after this instant, or null
     * @param cursor from the previous page, or null
     * @param limit 1 to 200
     */
    public HistoryPage history(UserRef user, boolean missedOnly, java.time.Instant since, String cursor, int limit) {
        return engine.history().page(user, missedOnly, since, cursor, limit);
    }

    /**
     * The user's profile as the host's {@link dev.calls.spi.UserDirectory} gives it, when the user belongs to
     * that tenant: the names and avatars pages and invitations show.
     */
    public java.util.Optional<UserProfile> profile(UserRef user) {
        return engine.profile(user);
    }

    /** Presence: heartbeats, settings, who is online. */
    public PresenceService presence() {
        return engine.presence();
    }

    /** Users' push devices: register, list, remove. */
    public DeviceService devices() {
        return devices;
    }

    /** Scheduled meetings: create, read, change, join within the window, cancel, iCalendar invitations. */
    public MeetingService meetings() {
        return engine.meetings();
    }

    /**
     * E-mailed invitations: the outbox in front of the {@link dev.calls.spi.InvitationMailer} (if any) that mails
     * meeting invitees on every change, and takes other invitations (such as guests') to send in the background.
     */
    public InvitationService invitations() {
        return engine.invitations();
    }

    /** Guests without an account: passes for meetings and calls, the waiting room, admission. */
    public dev.calls.guest.GuestService guests() {
        return engine.guests();
    }

    /** Tokens for the host application's own rooms, as its {@link dev.calls.spi.RoomAccessPolicy} allows. */
    public RoomTokenService roomTokens() {
        return engine.roomTokens();
    }

    /** What media servers report about the rooms of calls; the webhook receivers feed it. */
    public MediaServerReports mediaServer() {
        return engine.mediaReports();
    }

    /**
     * The tenant administrator's view: statistics, live calls, ending a stuck call ({@code ended_by_admin}). Who
     * is an administrator is the {@link dev.calls.spi.AdminPolicy}'s answer (nobody by default).
     */
    public AdminService admin() {
        return admin;
    }

    /** Live and stored events. */
    public EventService events() {
        return engine.events();
    }

    /** The settings the engine runs with. */
    public CallsConfig config() {
        return engine.config();
    }

    /** The engine's clock. */
    public java.time.Clock clock() {
        return engine.clock();
    }

    /** Looks at every call whose deadline has passed, as each node does periodically. Returns how many changed. */
    public int sweep() {
        return engine.timeouts().sweep();
    }

    /** Runs {@link dev.calls.spi.Lifecycle#install()} on every adapter that has one. Safe to repeat. */
    public void install() {
        engine.install();
    }

    /** Runs {@link dev.calls.spi.Lifecycle#uninstall(boolean)} on every adapter that has one. */
    public void uninstall(boolean keepData) {
        engine.uninstall(keepData);
    }

    /** Stops timers, flushes presence, sends the invitations still queued and closes the transport. */
    @Override
    public void close() {
        engine.close();
    }
}
