package dev.calls.examples.spring;

import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example on its default database kind, H2 (in memory here, so each run starts clean). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CrmAppTest extends CrmFlowContract {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        jaas(registry);
    }
}
