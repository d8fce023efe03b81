package dev.calls.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calls.servlet.support.OpenApiContract;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see {@code junit-platform.properties}): by then each HTTP test's responses
 * have been checked against {@code openapi.json} as they were sent, and this reports how much of the document
 * they covered. Run alone it has seen nothing, and says so.
 */
@Order(Integer.MAX_VALUE)
class OpenApiCoverageTest {

    @Test
    void everyDocumentedJsonOperationThenAnsweredSuccessfullyInSomeTest() {
        OpenApiContract contract = OpenApiContract.get();
        Set<String> seen = contract.seen();
        Set<String> answered = new TreeSet<>();
        seen.stream().filter(s -> s.matches(".* 2\\d\\d")).forEach(s -> answered.add(s.substring(0, s.lastIndexOf(' '))));
        Set<String> unseen = new TreeSet<>(contract.jsonOperations());
        unseen.removeAll(answered);

        System.out.println("openapi.json: " + seen.size() + " operation/status pairs validated, "
                + (contract.jsonOperations().size() - unseen.size()) + " of " + contract.jsonOperations().size()
                + " JSON operations answered successfully");
        seen.forEach(s -> System.out.println("  validated " + s));
        assertThat(unseen).as("JSON operations no HTTP test received a 2xx answer from").isEmpty();
    }
}
