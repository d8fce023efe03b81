package dev.calls.internal;

import dev.calls.ErrorCode;
import dev.calls.InputLimits;
import dev.calls.meeting.MeetingRequest;
import dev.calls.meeting.MeetingSettings;
import dev.calls.NotFoundException;
import dev.calls.RefusedException;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/** The rules a new meeting must pass; each failure says which field is wrong. */
final class MeetingValidator {
    private final Components c;
    private final MeetingSettings settings;

    record Checked(String title, List<String> inviteeIds) {
    }

    MeetingValidator(Components c, MeetingSettings settings) {
        this.c = c;
        this.settings = settings;
    }

    Checked check(UserRef host, MeetingRequest r, Instant now) {
        String title = title(r.title());
        times(r.startsAt(), r.endsAt(), now);
        if (r.type() == null) {
            throw invalid("type is required (audio or video)");
        }
        return new Checked(title, invitees(host, r));
    }

    private String title(String raw) {
        if (raw == null || raw.isBlank()) {
            throw invalid("title is required");
        }
        String title = raw.strip().replace("\r\n", "\n").replace('\r', '\n');
        if (title.codePointCount(0, title.length()) > settings.maxTitleLength()) {
            throw invalid("title is at most " + settings.maxTitleLength() + " characters");
        }
        boolean control = title.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\t');
        if (control) {
            throw invalid("title must not contain control characters");
        }
        return title;
    }

    private void times(Instant startsAt, Instant endsAt, Instant now) {
        if (startsAt == null || endsAt == null) {
            throw invalid("startsAt and endsAt are required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw invalid("endsAt must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(settings.maxDuration()) > 0) {
            throw invalid("a meeting lasts at most " + settings.maxDuration().toMinutes() + " minutes");
        }
        if (!endsAt.isAfter(now)) {
            throw invalid("endsAt must be in the future");
        }
        if (startsAt.isAfter(now.plus(settings.maxLeadTime()))) {
            throw invalid("a meeting can be scheduled at most " + settings.maxLeadTime().toDays() + " days ahead");
        }
    }

    private List<String> invitees(UserRef host, MeetingRequest r) {
        if (r.inviteeIds() == null || r.inviteeIds().isEmpty()) {
            throw invalid("inviteeIds must name at least one user");
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String id : r.inviteeIds()) {
            if (!InputLimits.isValidId(id)) {
                throw invalid("inviteeIds must be non-blank ids");
            }
            if (!id.equals(host.userId())) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            throw invalid("invite someone other than yourself");
        }
        if (ids.size() > c.config().maxGroupSize()) {
            throw invalid("at most " + c.config().maxGroupSize() + " users can be invited to one meeting");
        }
        UserProfile organizer = c.users().find(host.tenant(), host.userId())
                .orElse(new UserProfile(host, null, null, null));
        for (String id : ids) {
            UserProfile invitee = c.users().find(host.tenant(), id)
                    .filter(p -> p.tenant().equals(host.tenant()))
                    .orElseThrow(() -> new NotFoundException("no user " + id + " in your organization"));
            if (!c.policy().mayCall(organizer, invitee, r.type())) {
                throw new RefusedException(ErrorCode.NOT_PERMITTED, "you may not invite " + invitee.name());
            }
        }
        return List.copyOf(ids);
    }

    private static RefusedException invalid(String message) {
        return new RefusedException(ErrorCode.INVALID_REQUEST, message);
    }
}
