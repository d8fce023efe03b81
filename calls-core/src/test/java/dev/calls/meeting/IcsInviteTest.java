package dev.calls.meeting;

import static dev.calls.testing.EngineFixture.acme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calls.CallsException;
import dev.calls.ErrorCode;
import dev.calls.MediaType;
import dev.calls.UserProfile;
import dev.calls.UserRef;
import dev.calls.testing.EngineFixture;
import dev.calls.testing.TestUsers;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Invitations parsed back by ical4j, plus the octet-level rules a parser may forgive. */
class IcsInviteTest {
    private static final String TITLE = "Review, part 1; \"Q3\" plans\nBring notes \\ slides — café ☕ 日本語のテキストが続く"
            + " and a long tail so that the summary line has to be folded more than once, 🎉🎉🎉";

    private final TestUsers users = new TestUsers()
            .add("acme", "alice", "Alice \"Al\" Adams, MD")
            .add("acme", "bob", "Bob Brown")
            .add("acme", "carol", "Carol Chen");
    private final EngineFixture f = new EngineFixture(b -> b.userDirectory((tenant, id) -> id.equals("nomail")
            ? Optional.of(new UserProfile(UserRef.of(tenant, id), "No Mail", null, null))
            : users.find(tenant, id)));
    private final MeetingService meetings = f.calls.meetings();
    private final Instant start = Instant.parse("2026-01-06T14:30:00Z");
    private final Instant end = Instant.parse("2026-01-06T15:15:00Z");
    private final Meeting meeting = meetings.create(acme("alice"),
            new MeetingRequest(TITLE, start, end, List.of("bob", "carol", "nomail"), MediaType.VIDEO));

    @AfterEach
    void close() {
        f.close();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String name) {
        return event.<Property>getProperty(name).orElseThrow().getValue();
    }

    @Test
    void inviteWhenParsedByICal4jThenEveryFieldRoundTrips() throws Exception {
        String url = "https://app.example.com/meetings/" + meeting.id() + "?from=invite&x=1";

        Calendar cal = parse(meetings.invite(meeting.id(), acme("bob"), url));

        assertThat(cal.<Property>getProperty(Property.VERSION).orElseThrow().getValue()).isEqualTo("2.0");
        assertThat(cal.<Property>getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo(IcsInvite.PRODID);
        assertThat(cal.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = cal.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo(meeting.id() + "@dev.calls");
        DateProperty<?> dtstart = event.getStartDate().orElseThrow();
        DateProperty<?> dtend = event.getEndDate().orElseThrow();
        assertThat(dtstart.isUtc()).isTrue();
        assertThat(dtend.isUtc()).isTrue();
        assertThat(Instant.from(dtstart.getDate())).isEqualTo(start);
        assertThat(Instant.from(dtend.getDate())).isEqualTo(end);
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20260105T090000Z");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(TITLE);
        assertThat(value(event, Property.URL)).isEqualTo(url);
        assertThat(value(event, Property.LOCATION)).isEqualTo(url);
        assertThat(value(event, Property.DESCRIPTION)).startsWith(TITLE).endsWith("video meeting: " + url);
        Property organizer = event.<Property>getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:alice@example.com");
        assertThat(organizer.<Parameter>getParameter(Parameter.CN).orElseThrow().getValue())
                .isEqualTo("Alice \"Al\" Adams, MD");
        List<Attendee> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(a -> a.getCalAddress().toString())
                .containsExactly("mailto:alice@example.com", "mailto:bob@example.com", "mailto:carol@example.com");
        assertThat(attendees.get(1).<Parameter>getParameter(Parameter.CN).orElseThrow().getValue()).isEqualTo("Bob Brown");
        assertThat(attendees.get(1).<Parameter>getParameter(Parameter.RSVP).orElseThrow().getValue()).isEqualTo("TRUE");
        assertThat(cal.validate().hasErrors()).as(cal.validate().toString()).isFalse();
    }

    @Test
    void inviteWhenRenderedThenEveryLineAtMost75OctetsEndsWithCrlfAndNeverSplitsACharacter() throws Exception {
        String ics = meetings.invite(meeting.id(), acme("alice"), null);

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        String[] lines = ics.substring(0, ics.length() - 2).split("\r\n", -1);
        assertThat(lines).hasSizeGreaterThan(15);
        for (String line : lines) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            assertThat(strictUtf8(octets)).isEqualTo(line);
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(" "));
        assertThat(ics).contains("SUMMARY:Review\\, part 1\\; \"Q3\" plans\\nBring notes \\\\ slides");
        assertThat(ics).contains("URL:https://meet.jit.si/" + meeting.room());
    }

    /** Decoding each physical line on its own fails if a fold had cut a multi-byte character. */
    private static String strictUtf8(byte[] octets) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets)).toString();
    }

    @Test
    void foldWhenMultiByteCharacterAtTheBoundaryThenMovedWholeToNextLine() {
        StringBuilder out = new StringBuilder();
        IcsText.fold("X".repeat(74) + "é" + "Y".repeat(73) + "🎉", out);

        assertThat(out.toString()).isEqualTo("X".repeat(74) + "\r\n é" + "Y".repeat(72) + "\r\n Y🎉\r\n");
    }

    @Test
    void inviteWhenAttendeeHasNoEmailThenLeftOutAndOthersListed() throws Exception {
        VEvent event = parse(meetings.invite(meeting.id(), acme("carol"), null))
                .<VEvent>getComponent(Component.VEVENT).orElseThrow();

        assertThat(event.<Attendee>getProperties(Property.ATTENDEE)).hasSize(3)
                .noneSatisfy(a -> assertThat(a.getCalAddress().toString()).contains("nomail"));
    }

    @Test
    void cancellationWhenHostCancelsThenSameUidCancelMethodAndHigherSequence() throws Exception {
        Meeting cancelled = meetings.cancel(meeting.id(), acme("alice"));

        Calendar cal = parse(meetings.cancellation(cancelled, null));

        assertThat(cal.<Property>getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = cal.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo(IcsInvite.uid(meeting));
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
    }

    @Test
    void inviteWhenJoinUrlNotHttpOrCallerNotAttendeeThenRefused() {
        for (String bad : new String[] {"javascript:alert(1)", "/relative/path", "https://", "http://a b/"}) {
            assertThatThrownBy(() -> meetings.invite(meeting.id(), acme("bob"), bad))
                    .isInstanceOfSatisfying(CallsException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        }
        assertThatThrownBy(() -> meetings.invite(meeting.id(), acme("dave"), null))
                .isInstanceOfSatisfying(CallsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        f.advance(Duration.ZERO);
    }
}
