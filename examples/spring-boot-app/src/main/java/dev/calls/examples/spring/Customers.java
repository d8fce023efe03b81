package dev.calls.examples.spring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The CRM's customer records. */
public interface Customers extends JpaRepository<Customer, Long> {

    List<Customer> findByOrganizationIdOrderByName(String organizationId);
}
