package dev.calls.examples.spring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The CRM's users. */
public interface People extends JpaRepository<Person, String> {

    List<Person> findByOrganizationIdOrderByDisplayName(String organizationId);
}
