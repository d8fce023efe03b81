package dev.calls.examples.servlet;

import dev.calls.Calls;
import dev.calls.CallsException;
import dev.calls.guest.GuestCall;
import dev.calls.guest.GuestInvite;
import dev.calls.guest.GuestRequest;
import dev.calls.guest.GuestTarget;
import dev.calls.MediaType;
import dev.calls.UserRef;
import dev.calls.meeting.MeetingRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * {@code /meetings}: schedule a meeting (title, start, end in UTC, invitees, audio or video, a waiting room for
 * guests), see the upcoming ones with their join link and calendar file, cancel your own, invite a guest without an
 * account to one of yours (the guest's personal link is shown once), and call a customer as a guest now. Plain
 * forms, no script: the engine does the checking and its messages are shown as they are.
 */
final class MeetingsServlet extends HttpServlet {
    static final String TOKEN = "meetingsToken";
    /** The guest link made by the last form, shown once on the next page. */
    static final String GUEST_LINK = "meetingsGuestLink";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Calls calls;
    private final Directory directory;
    private final String apiBase;
    private final PageFrame frame;

    MeetingsServlet(Calls calls, Directory directory, String apiBase, PageFrame frame) {
        this.frame = frame;
        this.calls = calls;
        this.directory = directory;
        this.apiBase = apiBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        show(request, response, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Account me = Authentication.account(request);
        if (!tokenMatches(request)) {
            response.setStatus(400);
            show(request, response, "The form expired. Please try again.");
            return;
        }
        try {
            String action = request.getParameter("action");
            if ("cancel".equals(action)) {
                calls.meetings().cancel(UUID.fromString(request.getParameter("id")), me.profile().ref());
            } else if ("guest".equals(action)) {
                GuestInvite invite = calls.guests().invite(GuestTarget.meeting(UUID.fromString(request.getParameter("id"))),
                        me.profile().ref(), GuestRequest.of(request.getParameter("guestName"),
                                request.getParameter("guestEmail")), linkBase(request));
                flash(request, invite.pass().name(), linkBase(request) + invite.token());
            } else if ("guest-call".equals(action)) {
                GuestCall gc = calls.guests().call(me.profile().ref(),
                        "audio".equals(request.getParameter("type")) ? MediaType.AUDIO : MediaType.VIDEO,
                        new GuestRequest(request.getParameter("guestName"), request.getParameter("guestEmail"),
                                request.getParameter("waitingRoom") != null, null), linkBase(request));
                flash(request, gc.invite().pass().name(), linkBase(request) + gc.invite().token());
            } else {
                calls.meetings().create(me.profile().ref(), meeting(request));
            }
        } catch (CallsException | IllegalArgumentException e) {
            response.setStatus(400);
            show(request, response, human(e.getMessage()));
            return;
        }
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + "/meetings");
    }

    /** Where guests' links point: this server's guest page. */
    private String linkBase(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath()
                + apiBase + "/guest/";
    }

    private static void flash(HttpServletRequest request, String name, String link) {
        request.getSession(true).setAttribute(GUEST_LINK, new String[] {name, link});
    }

    /** The engine's message in the words of the form: "endsAt must be after startsAt" → "The end must be after the start." */
    static String human(String message) {
        String m = message == null ? "That did not work." : message.replace("endsAt", "the end").replace("startsAt", "the start")
                .replace("inviteeIds", "the invitees").replace("hostId", "the host");
        m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
        return m.endsWith(".") ? m : m + ".";
    }

    /** The form's fields; times are in the zone the page reported (the reader's), else UTC. */
    private static MeetingRequest meeting(HttpServletRequest request) {
        String[] invitees = request.getParameterValues("invitee");
        ZoneId zone = zone(request.getParameter("zone"));
        return new MeetingRequest(request.getParameter("title"), at(request.getParameter("start"), "start", zone),
                at(request.getParameter("end"), "end", zone), invitees == null ? List.of() : List.of(invitees),
                "audio".equals(request.getParameter("type")) ? MediaType.AUDIO : MediaType.VIDEO,
                request.getParameter("waitingRoom") != null, request.getParameter("admitOnHostJoin") != null);
    }

    private static ZoneId zone(String id) {
        try {
            return id == null || id.isBlank() ? ZoneOffset.UTC : ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static Instant at(String value, String field, ZoneId zone) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the " + field + " time must look like 2026-03-02T10:30");
        }
    }

    private void show(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        Account me = Authentication.account(request);
        UserRef ref = me.profile().ref();
        List<Account> colleagues = directory.members(me.tenant()).stream()
                .filter(a -> !a.username().equals(me.username())).toList();
        String[] guestLink = null;
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(GUEST_LINK) instanceof String[] link) {
            guestLink = link;
            session.removeAttribute(GUEST_LINK);
        }
        String body = Html.nav(me, directory.organizationName(me.tenant()))
                + MeetingsPage.render(me, colleagues, calls.meetings().upcoming(ref, 50), directory,
                        request.getContextPath() + apiBase, token(request), calls.clock().instant(), error, guestLink);
        frame.write(response, "Meetings", "", body, true);
    }

    private static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(TOKEN) instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(TOKEN, token);
        return token;
    }

    private static boolean tokenMatches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(TOKEN);
        String given = request.getParameter("token");
        return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
