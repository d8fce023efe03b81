package dev.calls.spi;

/** Picks the {@link MeetingProvider} for a tenant, so tenants can use different deployments. Thread-safe. */
@FunctionalInterface
public interface MeetingProviderResolver {

    /** The provider for calls of this tenant; never null. */
    MeetingProvider forTenant(String tenant);

    /** One provider for every tenant. */
    static MeetingProviderResolver of(MeetingProvider provider) {
        java.util.Objects.requireNonNull(provider, "provider");
        return tenant -> provider;
    }
}
