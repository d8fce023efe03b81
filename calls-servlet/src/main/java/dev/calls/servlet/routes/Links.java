package dev.calls.servlet.routes;

import dev.calls.servlet.CallsFilterOptions;
import dev.calls.servlet.http.ApiRequest;
import dev.calls.servlet.http.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Absolute links to this API for places outside the browser's page (calendar invitations, e-mails): the
 * configured public base URL when there is one, otherwise the scheme, host and port the request came to.
 */
final class Links {
    private final CallsFilterOptions options;

    Links(CallsFilterOptions options) {
        this.options = options;
    }

    /** The absolute URL of {@code path} below the base path, such as {@code https://host/api/calls/meetings/1}. */
    String api(ApiRequest r, String path) {
        if (options.publicBaseUrl() != null) {
            return options.publicBaseUrl() + options.basePath() + path;
        }
        HttpServletRequest request = r.servletRequest();
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        try {
            return new URI(scheme, null, request.getServerName(), defaultPort ? -1 : port, null, null, null)
                    .toASCIIString() + r.apiBase() + path;
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("the request's Host header is not a valid host name");
        }
    }

    /** The meeting page that opens the meeting for a signed-in attendee. */
    String meetingPage(ApiRequest r, Object meetingId) {
        return api(r, "/embed/meetings/" + meetingId);
    }

    /** The meeting's iCalendar invitation. */
    String invite(ApiRequest r, Object meetingId) {
        return api(r, "/meetings/" + meetingId + "/invite.ics");
    }
}
