package dev.calls.examples.servlet;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every page: head, style sheet, the Calls browser client on signed-in pages, and a content
 * security policy. The policy admits this origin plus the media deployment's origin, for its
 * {@code external_api.js} and the meeting frame the client opens.
 */
final class PageFrame {
    private final String policy;
    private final String client;

    /**
     * @param apiBase where the calls filter answers, such as {@code /api/calls}
     * @param mediaOrigin the media deployment's origin, such as {@code https://meet.jit.si}, or null
     */
    PageFrame(String apiBase, String mediaOrigin) {
        this.policy = policy(mediaOrigin);
        this.client = "<script type=\"module\" src=\"" + Html.escape(apiBase + "/client.js") + "\"></script>";
    }

    static String policy(String mediaOrigin) {
        String media = mediaOrigin == null ? "" : " " + mediaOrigin;
        return "default-src 'self'; script-src 'self'" + media + "; frame-src 'self'" + media
                + "; connect-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    /** The scheme, host and port of an http(s) URL, or null for anything else. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri.getScheme() + "://" + uri.getRawAuthority();
            }
        } catch (IllegalArgumentException e) {
            // not a URL: no origin
        }
        return null;
    }

    String policy() {
        return policy;
    }

    /** Writes a page; {@code withClient} adds the calls client (ringing, call window, presence). */
    void write(HttpServletResponse response, String title, String bodyAttributes, String body, boolean withClient)
            throws IOException {
        String html = """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · Calls example</title>
                <link rel="stylesheet" href="/static/app.css">
                %s
                </head>
                <body %s>
                %s
                </body>
                </html>
                """.formatted(Html.escape(title), withClient ? client : "", bodyAttributes, body);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
