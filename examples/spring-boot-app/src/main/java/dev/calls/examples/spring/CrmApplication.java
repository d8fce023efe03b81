package dev.calls.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small CRM with in-app audio and video calls between its users. Everything calls-related is
 * auto-configured; this application only says who its users are ({@link CallsSetup}) and keeps Spring
 * Security's CSRF protection off the calls API, which checks requests itself ({@link SecurityConfig}).
 */
@SpringBootApplication
public class CrmApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrmApplication.class, args);
    }
}
