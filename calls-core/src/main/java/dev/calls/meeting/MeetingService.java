package dev.calls.meeting;

import dev.calls.ErrorCode;
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

/**
 * Scheduled meetings (appointments): a host books a room for a time window and invites users of the same
 * tenant; each attendee gets a token of their own, only inside the join window, never valid past the end.
 * Only attendees see a meeting (to anyone else it does not exist); only the organizer cancels it.
 * Reach it through {@link dev.calls.Calls#meetings()}. Thread-safe.
 */
public interface MeetingService {
    /**
     * Schedules a meeting hosted by {@code host}.
     *
     * @throws RefusedException {@code invalid_request} (title, times, type or invitees), {@code not_permitted}
     *     (the call policy refuses an invitee)
     * @throws NotFoundException an invitee is not a user of the host's tenant
     */
    Meeting create(UserRef host, MeetingRequest request);

    /**
     * The organizer changes the meeting's title, times, type or invitees (all given again, checked as in
     * {@link #create}); the room stays. Returns the new version, or the meeting unchanged if nothing differs.
     * With an {@link dev.calls.spi.InvitationMailer}, everyone still invited is mailed the new version and
     * everyone removed a cancellation.
     *
     * @throws RefusedException {@code forbidden} (an invitee tried), {@code invalid_request}, {@code not_permitted},
     *     {@code concurrent_modification} (changed at the same moment by another request)
     * @throws NotFoundException not an attendee, or cancelled
     */
    Meeting update(UUID meetingId, UserRef user, MeetingRequest request);

    /** The meeting, for its organizer and invitees. @throws NotFoundException for anyone else */
    Meeting get(UUID meetingId, UserRef user);

    /**
     * Fresh join information for an attendee: the organizer as moderator, everyone else as a guest; the
     * token never outlives the meeting.
     *
     * @throws RefusedException {@code outside_join_window} before the window opens or once the meeting ended
     * @throws NotFoundException not an attendee
     */
    MeetingJoin join(UUID meetingId, UserRef user);

    /** When attendees may first get a token: the configured time before the start. */
    Instant opensAt(Meeting meeting);

    /** The user's meetings that have not ended, soonest first; {@code limit} 1 to 100. */
    List<Meeting> upcoming(UserRef user, int limit);

    /**
     * Cancels (deletes) the meeting; returns it as it was, e.g. to send {@link IcsInvite#cancel}.
     *
     * @throws RefusedException {@code forbidden}: an invitee tried
     * @throws NotFoundException not an attendee, or already cancelled
     */
    Meeting cancel(UUID meetingId, UserRef user);

    /**
     * The meeting as an iCalendar invitation ({@code METHOD:REQUEST}) for an attendee to import or mail.
     *
     * @param joinUrl the link attendees should open, such as the host application's meeting page; null for
     *     the media room's own page (which, on a deployment with token auth, lets nobody in without a token)
     * @throws RefusedException {@code invalid_request}: the link is not an absolute http(s) URL
     */
    String invite(UUID meetingId, UserRef user, String joinUrl);

    /** A cancellation ({@code METHOD:CANCEL}) of a meeting {@link #cancel} returned. */
    String cancellation(Meeting cancelled, String joinUrl);

    /** The address of the meeting's media room, without a token: for pages that embed it (their frame source). */
    String roomUrl(Meeting meeting);
}
