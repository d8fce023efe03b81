package dev.calls.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People are listed as a person reads numbers: Call User 2 before Call User 10. */
class PeopleOrderTest {

    @Test
    void namesWithNumbersThenNumbersCompareByValue() {
        List<String> names = new ArrayList<>(List.of("Call User 10", "Test User 4", "Call User 2", "Call User 1"));
        names.sort(PeopleController::naturally);
        assertThat(names).containsExactly("Call User 1", "Call User 2", "Call User 10", "Test User 4");
    }
}
