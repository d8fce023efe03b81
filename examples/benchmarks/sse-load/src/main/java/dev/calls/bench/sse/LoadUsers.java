package dev.calls.bench.sse;

import dev.calls.examples.servlet.Account;
import dev.calls.examples.servlet.Directory;
import dev.calls.examples.servlet.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The load organization: stream holders ({@code s00001}…), callers ({@code c0001}…), HTTP lifecycle workers
 * ({@code w0001}…) and in-process lifecycle workers ({@code p0001}…), all with one password.
 */
final class LoadUsers {
    static final String TENANT = "load-organization";
    static final String PASSWORD = "loadpass";

    private LoadUsers() {
    }

    static String streamUser(int i) {
        return String.format("s%05d", i);
    }

    static String caller(int i) {
        return String.format("c%04d", i);
    }

    static String worker(int i) {
        return String.format("w%04d", i);
    }

    static String inProcessWorker(int i) {
        return String.format("p%04d", i);
    }

    static Directory directory(int streamUsers, int callers, int workers) {
        // One cheap hash for everyone: thousands of sign-ins must not measure PBKDF2.
        PasswordHash hash = PasswordHash.of(PASSWORD, 1_000);
        Directory d = new Directory().organization(TENANT, "Load Organization");
        for (int i = 0; i < streamUsers; i++) {
            add(d, streamUser(i), hash);
        }
        for (int i = 0; i < callers; i++) {
            add(d, caller(i), hash);
        }
        for (int i = 0; i < workers; i++) {
            add(d, worker(i), hash);
            add(d, inProcessWorker(i), hash);
        }
        return d;
    }

    private static void add(Directory d, String user, PasswordHash hash) {
        d.add(new Account(user, TENANT, "Load " + user, user + "@load.example", hash));
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
