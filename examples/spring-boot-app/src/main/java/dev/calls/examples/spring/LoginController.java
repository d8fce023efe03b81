package dev.calls.examples.spring;

import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /login}: the sign-in form Spring Security's form login posts from. */
@Controller
public class LoginController {

    @GetMapping("/login")
    ResponseEntity<String> login(CsrfToken csrf, @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout, @RequestParam(required = false) String username) {
        boolean again = error != null && username != null && !username.isBlank() && !"null".equals(username);
        String message = error != null ? "<p class=\"error\" role=\"alert\" id=\"login-error\">Wrong username or password.</p>"
                : logout != null ? "<p class=\"hint\">You are signed out.</p>" : "";
        String body = """
                <main>
                  <form class="card" method="post" action="/login">
                    <h1>Sign in</h1>
                    %s
                    <label for="username">Username</label>
                    <input id="username" name="username" autocomplete="username" required%s value="%s">
                    <label for="password">Password</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required%s>
                    %s
                    <button type="submit">Sign in</button>
                    <p class="hint">Demo users: testuser4, calluser4, calluser8 … password testpass123</p>
                  </form>
                </main>
                """.formatted(message, again ? "" : " autofocus", again ? Html.escape(username) : "",
                again ? " autofocus aria-describedby=\"login-error\"" : "", Html.csrfField(csrf));
        return Html.page("Sign in", "", body);
    }
}
