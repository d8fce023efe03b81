package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Shutting down with browsers connected: the event streams are closed at once, instead of graceful shutdown
 * waiting for them (here up to ten minutes) as for any other request still running.
 */
class ShutdownTest {

    @Test
    void shutdownWithOpenEventStreamThenStreamIsClosedAtOnce() throws Exception {
        ConfigurableApplicationContext context = SpringApplication.run(CrmApplication.class,
                "--server.port=0", "--server.shutdown=graceful", "--spring.lifecycle.timeout-per-shutdown-phase=10m",
                "--spring.datasource.url=jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        try (SseStream stream = WebClient.basic(port, "calluser9", DemoData.PASSWORD).events()) {
            assertThat(stream.response().statusCode()).isEqualTo(200);
            CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
            assertThat(stream.endsWithin(20)).as("the server ended the event stream").isTrue();
            closing.get();
        } finally {
            context.close();
        }
    }
}
