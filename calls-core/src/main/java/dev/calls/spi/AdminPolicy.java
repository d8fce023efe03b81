package dev.calls.spi;

import dev.calls.UserRef;

/**
 * Who administers their tenant: sees its call statistics and live calls, and may end a stuck call. Asked on
 * every admin request; anyone it refuses is told the admin routes do not exist ({@code not_found}). The
 * default, {@link #NOBODY}, makes nobody an administrator. Implementations must be thread-safe and quick (a
 * role lookup, not a remote call); an administrator administers only the tenant of their {@link UserRef}.
 */
@FunctionalInterface
public interface AdminPolicy {
    /** Nobody is an administrator: the default. */
    AdminPolicy NOBODY = user -> false;

    /** Whether {@code user} administers {@code user.tenant()}. */
    boolean isAdmin(UserRef user);
}
