package dev.calls.examples.spring;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /app/}: the React example (examples/react-app), built into this application's class path under
 * {@code META-INF/resources/app/}, which Spring Boot serves as static files. It signs in by itself with a bearer
 * token, so the page is public.
 */
@Controller
public class ReactAppController {

    @GetMapping("/app")
    String slash() {
        return "redirect:/app/";
    }

    @GetMapping("/app/")
    String index() {
        return "forward:/app/index.html";
    }
}
