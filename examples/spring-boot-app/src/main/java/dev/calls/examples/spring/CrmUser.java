package dev.calls.examples.spring;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in CRM user as Spring Security holds it: the organization rides along, so no lookup per request. */
public class CrmUser extends User {
    private static final long serialVersionUID = 1L;
    /** The authority {@code calls.admin.authority} names by default. */
    static final String ADMIN_ROLE = "ROLE_CALLS_ADMIN";

    private final String organizationId;
    private final String displayName;

    public CrmUser(Person person) {
        super(person.getUsername(), person.getPasswordHash(), DemoData.ADMIN.equals(person.getUsername())
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority(ADMIN_ROLE))
                : List.of(new SimpleGrantedAuthority("ROLE_USER")));
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
