package dev.calls.examples.spring;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in CRM user as Spring Security holds it: the organization rides along, so no lookup per request. */
public class CrmUser extends User {
    private static final long serialVersionUID = 1L;

    private final String organizationId;
    private final String displayName;

    public CrmUser(Person person) {
        super(person.getUsername(), person.getPasswordHash(), List.of(new SimpleGrantedAuthority("ROLE_USER")));
        this.organizationId = person.getOrganizationId();
        this.displayName = person.getDisplayName();
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getDisplayName() {
        return displayName;
    }
}
