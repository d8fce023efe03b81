package dev.calls.examples.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user of the CRM: signs in with the username, which is also the user id calls know them by. */
@Entity
@Table(name = "crm_person")
public class Person {
    @Id
    @Column(name = "username", length = 64)
    private String username;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email")
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    protected Person() {
    }

    public Person(String username, String organizationId, String displayName, String email, String passwordHash) {
        this.username = username;
        this.organizationId = organizationId;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    public String getUsername() {
        return username;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
