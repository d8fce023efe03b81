/**
 * Scheduled meetings ({@link dev.calls.meeting.MeetingService}): creation with checks, attendee-only reads,
 * tokens only inside the join window and never valid past the end, iCalendar invitations
 * ({@link dev.calls.meeting.IcsInvite}); and tokens for the host's own rooms
 * ({@link dev.calls.meeting.RoomTokenService}), as its {@link dev.calls.spi.RoomAccessPolicy} allows.
 */
package dev.calls.meeting;
