package dev.calls.examples.spring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.http.HttpMethod;

/**
 * Form login for browsers, HTTP Basic for scripts. The calls API under {@code /api/calls} is open to the
 * chain so that its filter answers anonymous requests with its own {@code 401} problem, and Spring Security's
 * CSRF tokens are not asked of it: the calls filter only accepts state changes with a JSON body or an
 * {@code X-Requested-With} header, which a cross-site form cannot send. Everything else keeps CSRF tokens.
 *
 * <p>Single-page apps (the React example under {@code /app/}) sign in with {@code POST /api/login} and send
 * {@code Authorization: Bearer <token>} ({@link BearerTokenFilter}) to the CRM's JSON API and to the calls API,
 * event stream included; no session is made for them. Form login and Basic keep working beside it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, UserDetailsService users) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/app.css", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/api/calls/**").permitAll()
                        // the React example signs in by itself (POST /api/login) and sends bearer tokens
                        .requestMatchers("/app", "/app/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/login", "/api/logout").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll()
                        // a wrong password keeps the username in the form
                        .failureHandler((request, response, e) -> response.sendRedirect("/login?error&username="
                                + java.net.URLEncoder.encode(String.valueOf(request.getParameter("username")),
                                        java.nio.charset.StandardCharsets.UTF_8))))
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new BearerTokenFilter(tokens, users), UsernamePasswordAuthenticationFilter.class)
                // the JSON API answers 401 rather than sending browsers to the sign-in form
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor((request, response, ex) -> {
                    response.setStatus(401);
                    response.setContentType("application/problem+json");
                    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                            + "\"detail\":\"Sign in first (POST /api/login).\",\"code\":\"unauthenticated\"}");
                }, PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // the calls filter checks for JSON or X-Requested-With itself; sign-in and sign-out take JSON and
                // touch no session; a bearer token is a header a cross-site form cannot send. The rest keeps CSRF.
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/api/calls/**"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/login"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/logout"),
                        BearerTokenFilter::hasBearer))
                // the people page shows the call in a frame of its own origin (/api/calls/embed/{id})
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(People people) {
        return username -> people.findById(username).map(CrmUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
