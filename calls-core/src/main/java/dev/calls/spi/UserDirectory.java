package dev.calls.spi;

import dev.calls.UserProfile;
import java.util.Optional;

/**
 * The host's users. The only adapter a host must supply. Thread-safe; called on every start and join,
 * so it should be cheap (cache if the host's lookup is not).
 */
@FunctionalInterface
public interface UserDirectory {

    /**
     * The user with this id in this tenant, or empty if there is none. A user of another tenant must be
     * reported as empty: this is what keeps calls inside a tenant.
     */
    Optional<UserProfile> find(String tenant, String userId);
}
