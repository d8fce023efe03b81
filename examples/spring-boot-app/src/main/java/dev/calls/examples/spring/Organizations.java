package dev.calls.examples.spring;

import org.springframework.data.jpa.repository.JpaRepository;

/** The CRM's organizations. */
public interface Organizations extends JpaRepository<Organization, String> {
}
