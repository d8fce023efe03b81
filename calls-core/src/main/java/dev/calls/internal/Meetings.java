package dev.calls.internal;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.meeting.IcsInvite;
import dev.calls.meeting.Meeting;
import dev.calls.meeting.MeetingJoin;
import dev.calls.meeting.MeetingRequest;
import dev.calls.meeting.MeetingService;
import dev.calls.meeting.MeetingSettings;
import dev.calls.JoinInfo;
import dev.calls.NotFoundException;
import dev.calls.RefusedException;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.spi.JoinRequest;
import dev.calls.spi.MeetingProvider;
import dev.calls.spi.MeetingStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The engine's {@link MeetingService}. */
final class Meetings implements MeetingService {
    private static final int MAX_UPCOMING = 100;

    private final Components c;
    private final MeetingSettings settings;
    private final MeetingStore store;
    private final Clock clock;
    private final MeetingValidator validator;
    private final MeetingMail mail;
    private volatile java.util.function.Consumer<Meeting> hostJoined = m -> { };
    private volatile java.util.function.Consumer<Meeting> cancelled = m -> { };

    Meetings(Components components, MeetingSettings settings, Outbox outbox) {
        this.c = Objects.requireNonNull(components, "components");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = components.meetingStore();
        this.clock = components.clock();
        this.validator = new MeetingValidator(components, settings);
        this.mail = new MeetingMail(components, outbox, this::roomUrl);
    }

    @Override
    public Meeting create(UserRef host, MeetingRequest request) {
        Objects.requireNonNull(host, "host");
        if (request == null) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "a meeting needs a title, times, invitees and a type");
        }
        Instant now = clock.instant();
        MeetingValidator.Checked ok = validator.check(host, request, now);
        MeetingProvider provider = c.providers().forTenant(host.tenant());
        Meeting meeting = new Meeting(UUID.randomUUID(), host.tenant(), ok.title(), host.userId(), ok.inviteeIds(),
                request.type(), request.startsAt(), request.endsAt(), RoomNames.generate(c.config().roomPrefix()),
                provider.id(), now, 0, Boolean.TRUE.equals(request.waitingRoom()),
                Boolean.TRUE.equals(request.admitOnHostJoin()), null);
        store.create(meeting);
        mail.created(meeting);
        return meeting;
    }

    @Override
    public Meeting update(UUID meetingId, UserRef user, MeetingRequest request) {
        Meeting m = get(meetingId, user);
        if (!m.host().equals(user.userId())) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "only the organizer can change this meeting");
        }
        if (request == null) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "a meeting needs a title, times, invitees and a type");
        }
        MeetingValidator.Checked ok = validator.check(user, request, clock.instant());
        Meeting next = new Meeting(m.id(), m.tenant(), ok.title(), m.host(), ok.inviteeIds(), request.type(),
                request.startsAt(), request.endsAt(), m.room(), m.providerId(), m.createdAt(), m.version() + 1);
        if (sameContent(m, next)) {
            return m;
        }
        if (!store.update(next)) {
            throw new CallsException(ErrorCode.CONCURRENT_MODIFICATION,
                    "meeting " + m.id() + " was changed concurrently; read it again and retry");
        }
        mail.changed(m, next);
        return next;
    }

    private static boolean sameContent(Meeting a, Meeting b) {
        return a.title().equals(b.title()) && a.inviteeIds().equals(b.inviteeIds()) && a.type() == b.type()
                && a.startsAt().equals(b.startsAt()) && a.endsAt().equals(b.endsAt());
    }

    @Override
    public Meeting get(UUID meetingId, UserRef user) {
        Objects.requireNonNull(user, "user");
        Meeting m = meetingId == null ? null : store.find(meetingId).orElse(null);
        if (m == null || !m.tenant().equals(user.tenant()) || !m.isAttendee(user.userId())) {
            throw new NotFoundException("no such meeting");
        }
        return m;
    }

    @Override
    public MeetingJoin join(UUID meetingId, UserRef user) {
        Meeting m = get(meetingId, user);
        Instant now = clock.instant();
        Instant opensAt = opensAt(m);
        if (now.isBefore(opensAt)) {
            throw new RefusedException(ErrorCode.OUTSIDE_JOIN_WINDOW, "the meeting opens at " + opensAt);
        }
        if (!now.isBefore(m.endsAt())) {
            throw new RefusedException(ErrorCode.OUTSIDE_JOIN_WINDOW, "the meeting ended at " + m.endsAt());
        }
        boolean moderator = m.host().equals(user.userId());
        if (moderator && m.hostJoinedAt() == null) {
            hostArrived(m, now);
        }
        MeetingProvider provider = c.providers().forTenant(m.tenant());
        JoinInfo join = provider.join(new JoinRequest(m.room(), profile(user), moderator, null, m.type(), now,
                m.endsAt()));
        // our waiting room already holds guests back (they never learn the room before admission): turning the
        // deployment's own lobby on as well would make an admitted guest knock a second time, in Jitsi
        boolean lobby = provider.supportsLobby() && !m.waitingRoom();
        return new MeetingJoin(m.id(), join, moderator, lobby, lobby && !moderator, opensAt, m.endsAt());
    }

    /** What to do once a meeting is cancelled (its guest passes go). */
    void onCancelled(java.util.function.Consumer<Meeting> hook) {
        this.cancelled = Objects.requireNonNull(hook, "hook");
    }

    /** What to do when a meeting's organizer first joins (the waiting room lets guests in). */
    void onHostJoined(java.util.function.Consumer<Meeting> hook) {
        this.hostJoined = Objects.requireNonNull(hook, "hook");
    }

    /** Records the organizer's first join (one node wins the race; the others' reads see it) and tells the guests. */
    private void hostArrived(Meeting m, Instant now) {
        Meeting joined = m.withHostJoined(now);
        if (store.update(joined)) {
            hostJoined.accept(joined);
        }
    }

    @Override
    public Instant opensAt(Meeting meeting) {
        return meeting.startsAt().minus(settings.joinEarly());
    }

    @Override
    public List<Meeting> upcoming(UserRef user, int limit) {
        Objects.requireNonNull(user, "user");
        if (limit < 1 || limit > MAX_UPCOMING) {
            throw new RefusedException(ErrorCode.INVALID_REQUEST, "limit must be between 1 and " + MAX_UPCOMING);
        }
        return store.findUpcoming(user.tenant(), user.userId(), clock.instant(), limit);
    }

    @Override
    public Meeting cancel(UUID meetingId, UserRef user) {
        Meeting m = get(meetingId, user);
        if (!m.host().equals(user.userId())) {
            throw new RefusedException(ErrorCode.FORBIDDEN, "only the organizer can cancel this meeting");
        }
        if (!store.delete(m.id())) {
            throw new NotFoundException("no such meeting");
        }
        mail.cancelled(m);
        cancelled.accept(m);
        return m;
    }

    @Override
    public String invite(UUID meetingId, UserRef user, String joinUrl) {
        Meeting m = get(meetingId, user);
        return IcsInvite.request(m, organizer(m), invitees(m), link(m, joinUrl), clock.instant());
    }

    @Override
    public String cancellation(Meeting cancelled, String joinUrl) {
        return IcsInvite.cancel(cancelled, organizer(cancelled), invitees(cancelled), link(cancelled, joinUrl),
                clock.instant());
    }

    @Override
    public String roomUrl(Meeting meeting) {
        return c.providers().forTenant(meeting.tenant()).roomUrl(meeting.room());
    }

    private String link(Meeting m, String joinUrl) {
        if (joinUrl == null) {
            return roomUrl(m);
        }
        try {
            URI uri = new URI(joinUrl);
            String scheme = uri.getScheme();
            if (uri.isAbsolute() && uri.getHost() != null && ("https".equals(scheme) || "http".equals(scheme))) {
                return joinUrl;
            }
        } catch (java.net.URISyntaxException e) {
            // falls through to the refusal
        }
        throw new RefusedException(ErrorCode.INVALID_REQUEST, "joinUrl must be an absolute http(s) URL");
    }

    private UserProfile organizer(Meeting m) {
        return profile(UserRef.of(m.tenant(), m.host()));
    }

    private List<UserProfile> invitees(Meeting m) {
        List<UserProfile> out = new ArrayList<>();
        for (String id : m.inviteeIds()) {
            out.add(profile(UserRef.of(m.tenant(), id)));
        }
        return out;
    }

    private UserProfile profile(UserRef user) {
        return c.users().find(user.tenant(), user.userId())
                .filter(p -> p.tenant().equals(user.tenant()))
                .orElse(new UserProfile(user, null, null, null));
    }
}
