package dev.calls.examples.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

/** {@code GET/POST /login} (the form, with a CSRF token) and {@code POST /logout}. */
final class LoginServlet extends HttpServlet {
    private static final String CSRF = "loginToken";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Directory directory;
    private final PageFrame frame;

    LoginServlet(Directory directory, PageFrame frame) {
        this.directory = directory;
        this.frame = frame;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().endsWith("/logout")) {
            response.sendError(405);
            return;
        }
        form(request, response, null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().endsWith("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect("/login");
            return;
        }
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(CSRF);
        String given = request.getParameter("token");
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(400);
            form(request, response, "Your sign-in form expired. Please try again.");
            return;
        }
        var account = directory.authenticate(request.getParameter("username"), request.getParameter("password"));
        if (account.isEmpty()) {
            response.setStatus(401);
            form(request, response, "Wrong username or password.");
            return;
        }
        request.changeSessionId();
        session.removeAttribute(CSRF);
        session.setAttribute(Authentication.SESSION_USER, account.get().username());
        response.sendRedirect("/");
    }

    private void form(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        // One token per session until sign-in: the browser's own requests (a favicon redirected here) must not
        // replace the token of the form on screen.
        HttpSession session = request.getSession(true);
        String token = (String) session.getAttribute(CSRF);
        if (token == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(CSRF, token);
        }
        String message = error == null ? "" : "<p class=\"error\" role=\"alert\" id=\"login-error\">" + Html.escape(error) + "</p>";
        // a wrong password keeps the username typed, and puts the cursor into the password
        String username = error == null ? "" : request.getParameter("username");
        boolean again = username != null && !username.isBlank();
        frame.write(response, "Sign in", "class=\"login\"", """
                <main class="card">
                  <h1>Sign in</h1>
                  %s
                  <form method="post" action="/login">
                    <input type="hidden" name="token" value="%s">
                    <label for="username">Username</label>
                    <input id="username" name="username" autocomplete="username" required%s value="%s">
                    <label for="password">Password</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required%s>
                    <button type="submit">Sign in</button>
                  </form>
                  <p class="hint">Demo users: testuser4, calluser8, … (password testpass123)</p>
                </main>
                """.formatted(message, token, again ? "" : " autofocus", Html.escape(username),
                again ? " autofocus aria-describedby=\"login-error\"" : ""), false);
    }
}
