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
            String api, String token, Instant now, String error) {
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
                    <button type="submit">Schedule</button>
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
                Html.escape(token), INPUT.format(start), start, INPUT.format(start.plus(Duration.ofMinutes(30))),
                start.plus(Duration.ofMinutes(30)), invitees,
                rows, upcoming.isEmpty() ? "<p class=\"empty\">No upcoming meetings.</p>" : "");
    }

    private static String row(Meeting m, Account me, Directory directory, String api, String token) {
        String invitees = m.inviteeIds().stream().map(id -> name(directory, id)).map(Html::escape)
                .collect(Collectors.joining(", "));
        String cancel = !m.host().equals(me.username()) ? "" : """
                 <form method="post" action="/meetings"><input type="hidden" name="token" value="%s">\
                <input type="hidden" name="action" value="cancel"><input type="hidden" name="id" value="%s">\
                <button type="submit">Cancel</button></form>""".formatted(Html.escape(token), m.id());
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
