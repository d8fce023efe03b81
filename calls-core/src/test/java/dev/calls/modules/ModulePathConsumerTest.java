package dev.calls.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host application on the module path: it compiles and runs against {@code dev.calls.core} through the
 * exported API, and cannot even compile against the engine's internals.
 */
class ModulePathConsumerTest {
    private static final String MODULE_INFO = "module host { requires dev.calls.core; }";

    @TempDir
    Path dir;

    @Test
    void aHostModuleUsingTheFacadeCompilesAndRuns() throws Exception {
        Path src = write("host/example/Main.java", """
                package example;

                import dev.calls.Call;
                import dev.calls.Calls;
                import dev.calls.MediaType;
                import dev.calls.UserProfile;
                import dev.calls.UserRef;
                import java.util.List;
                import java.util.Optional;

                public class Main {
                    public static void main(String[] args) {
                        try (Calls calls = Calls.builder()
                                .userDirectory((tenant, id) -> Optional.of(UserProfile.of(tenant, id, id)))
                                .build()) {
                            calls.presence().heartbeat(UserRef.of("acme", "bob"));
                            Call call = calls.start(UserRef.of("acme", "alice"), List.of("bob"), MediaType.AUDIO);
                            Call answered = calls.accept(call.id(), UserRef.of("acme", "bob"));
                            System.out.println("state=" + answered.state() + " events="
                                    + calls.events().after(UserRef.of("acme", "bob"), 0, 100).size());
                        }
                    }
                }
                """);
        write("host/module-info.java", MODULE_INFO);

        Compiled compiled = compile(src);
        assertThat(compiled.errors()).isEmpty();
        assertThat(compiled.ok()).isTrue();

        String out = run();
        assertThat(out).contains("state=ACTIVE").containsPattern("events=[1-9]");
    }

    @Test
    void aHostModuleReachingIntoTheInternalsDoesNotCompile() throws Exception {
        Path src = write("host/example/Sneaky.java", """
                package example;

                public class Sneaky {
                    Object engine = dev.calls.internal.Engine.class;
                }
                """);
        write("host/module-info.java", MODULE_INFO);

        Compiled compiled = compile(src);

        assertThat(compiled.ok()).isFalse();
        assertThat(compiled.errors()).contains("package dev.calls.internal is declared in module dev.calls.core, "
                + "which does not export it");
    }

    private record Compiled(boolean ok, String errors) {
    }

    private Compiled compile(Path source) throws IOException, InterruptedException {
        Result r = exec("javac", "-d", dir.resolve("out").toString(), "--release", "17", "--module-path", modulePath(),
                source.toString(), dir.resolve("src/host/module-info.java").toString());
        return new Compiled(r.code() == 0, r.output());
    }

    private String run() throws IOException, InterruptedException {
        Result r = exec("java", "--module-path", dir.resolve("out") + File.pathSeparator + modulePath(),
                "-m", "host/example.Main");
        assertThat(r.code()).as(r.output()).isZero();
        return r.output();
    }

    private record Result(int code, String output) {
    }

    /** Runs a tool of the JDK the tests run on. */
    private static Result exec(String tool, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", tool).toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    /** The library and its dependencies, as the test itself runs on them; the tests' own jars left out. */
    private static String modulePath() {
        String path = System.getProperty("jdk.module.path");
        assertThat(path).as("the tests run on the module path").isNotBlank();
        return String.join(File.pathSeparator, List.of(path.split(File.pathSeparator)).stream()
                .filter(e -> !e.contains("junit") && !e.contains("opentest4j") && !e.contains("apiguardian")
                        && !e.contains("assertj") && !e.contains("mockito") && !e.contains("byte-buddy")
                        && !e.contains("objenesis") && !e.contains("nimbus") && !e.contains("ical4j")
                        && !e.contains("slf4j-simple") && !e.contains("jcip") && !e.contains("commons-")
                        && !e.contains("test-classes"))
                .toList());
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
