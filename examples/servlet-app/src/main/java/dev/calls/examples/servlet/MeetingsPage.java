package dev.calls.examples.servlet;

import dev.calls.meeting.Meeting;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/** The HTML of the meetings page: the scheduling form and the upcoming meetings. */
final class MeetingsPage {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .withZone(ZoneOffset.UTC);

    private MeetingsPage() {
    }

    static String render(Account me, List<Account> colleagues, List<Meeting> upcoming, Directory directory,
            String api, String token, Instant now, String error, String[] guestLink) {
        Instant start = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        StringBuilder invitees = new StringBuilder();
        for (Account a : colleagues) {
            invitees.append("<label><input type=\"checkbox\" name=\"invitee\" value=\"").append(Html.escape(a.username()))
                    .append("\"> ").append(Html.escape(a.name())).append("</label>\n");
        }
        StringBuilder rows = new StringBuilder();
        for (Meeting m : upcoming) {
            rows.append(row(m, me, directory, api, token));
        }
        return """
                <main>
                  <h1>Meetings</h1>
                  %s
                  %s
                  <form class="card" method="post" action="/meetings">
                    <input type="hidden" name="token" value="%s">
                    <label for="title">Title</label>
                    <input id="title" name="title" maxlength="200" required>
                    <input type="hidden" name="zone" value="" data-zone>
                    <label for="start">Starts <span data-zone-name>(UTC)</span></label>
                    <input id="start" name="start" type="datetime-local" value="%s" data-utc="%s" required>
                    <label for="end">Ends <span data-zone-name>(UTC)</span></label>
                    <input id="end" name="end" type="datetime-local" value="%s" data-utc="%s" required>
                    <label for="type">Type</label>
                    <select id="type" name="type"><option value="video">Video</option><option value="audio">Audio</option></select>
                    <fieldset><legend>Invite</legend>
                %s    </fieldset>
                    <fieldset><legend>Guests</legend>
                      <label><input type="checkbox" name="waitingRoom" value="on"> Waiting room: guests wait until I let them in</label>
                      <label><input type="checkbox" name="admitOnHostJoin" value="on"> Let waiting guests in when I join</label>
                    </fieldset>
                    <button type="submit">Schedule</button>
                  </form>
                  <form class="card" method="post" action="/meetings" aria-label="Call a customer as guest">
                    <h2>Call a customer as guest</h2>
                    <input type="hidden" name="token" value="%s">
                    <input type="hidden" name="action" value="guest-call">
                    <label for="call-guest-name">Customer's name</label>
                    <input id="call-guest-name" name="guestName" maxlength="100" required>
                    <label for="call-guest-email">E-mail (optional)</label>
                    <input id="call-guest-email" name="guestEmail" type="email" maxlength="254">
                    <label><input type="checkbox" name="waitingRoom" value="on"> Let them wait until I admit them</label>
                    <button type="submit">Call as guest</button>
                    <p class="empty">They get a personal link; the call rings for them as long as it rings for anyone.</p>
                  </form>
                  <h2>Upcoming</h2>
                  <table class="history meetings">
                    <thead><tr><th>When</th><th>Title</th><th>Host</th><th>Invitees</th><th></th></tr></thead>
                    <tbody>
                %s    </tbody>
                  </table>
                  %s
                </main>
                <script type="module" src="/static/zone.js"></script>
                """.formatted(error == null ? "" : "<p class=\"error\" role=\"alert\">" + Html.escape(error) + "</p>",
                guestLink == null ? "" : "<p class=\"card\" role=\"status\" data-guest-link>Guest link for "
                        + Html.escape(guestLink[0]) + " (send it to them; it is shown only once): <a href=\""
                        + Html.escape(guestLink[1]) + "\">" + Html.escape(guestLink[1]) + "</a></p>",
                Html.escape(token), INPUT.format(start), start, INPUT.format(start.plus(Duration.ofMinutes(30))),
                start.plus(Duration.ofMinutes(30)), invitees, Html.escape(token),
                rows, upcoming.isEmpty() ? "<p class=\"empty\">No upcoming meetings.</p>" : "");
    }

    private static String row(Meeting m, Account me, Directory directory, String api, String token) {
        String invitees = m.inviteeIds().stream().map(id -> name(directory, id)).map(Html::escape)
                .collect(Collectors.joining(", "));
        String cancel = !m.host().equals(me.username()) ? "" : """
                 <form method="post" action="/meetings"><input type="hidden" name="token" value="%1$s">\
                <input type="hidden" name="action" value="cancel"><input type="hidden" name="id" value="%2$s">\
                <button type="submit">Cancel</button></form>\
                <form method="post" action="/meetings" aria-label="Invite guest to %3$s"><input type="hidden" name="token" value="%1$s">\
                <input type="hidden" name="action" value="guest"><input type="hidden" name="id" value="%2$s">\
                <input name="guestName" maxlength="100" required placeholder="Guest's name" aria-label="Guest's name">\
                <input name="guestEmail" type="email" maxlength="254" placeholder="E-mail (optional)" aria-label="Guest's e-mail">\
                <button type="submit">Invite guest</button></form>%4$s""".formatted(Html.escape(token), m.id(),
                Html.escape(m.title()), m.waitingRoom() ? " <span class=\"badge\">waiting room</span>" : "");
        return """
                      <tr data-meeting="%1$s"><td>%2$s – %3$s</td><td>%4$s</td><td>%5$s</td><td>%6$s</td>
                        <td><a href="%7$s/embed/meetings/%1$s">Join</a> · <a href="%7$s/meetings/%1$s/invite.ics">Calendar (.ics)</a>%8$s</td></tr>
                """.formatted(m.id(), HistoryServlet.when(m.startsAt()), HistoryServlet.when(m.endsAt()), Html.escape(m.title()),
                Html.escape(name(directory, m.host())), invitees, Html.escape(api), cancel);
    }

    private static String name(Directory directory, String username) {
        return directory.byUsername(username).map(Account::name).orElse(username);
    }
}
