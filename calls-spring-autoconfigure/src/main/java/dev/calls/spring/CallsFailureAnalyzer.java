package dev.calls.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a missing {@link dev.calls.spi.UserDirectory} in the start-up failure report, with what to do. */
class CallsFailureAnalyzer extends AbstractFailureAnalyzer<MissingUserDirectoryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingUserDirectoryException cause) {
        return new FailureAnalysis(
                "Calls is on the class path, but the application context has no bean of type "
                        + "dev.calls.spi.UserDirectory, so the calls engine cannot look up who is calling whom.",
                "Declare a UserDirectory bean that finds a user by tenant and id in your own user store, e.g.\n\n"
                        + "    @Bean\n"
                        + "    UserDirectory userDirectory(UserRepository users) {\n"
                        + "        return (tenant, userId) -> users.findByTenantAndId(tenant, userId)\n"
                        + "                .map(u -> UserProfile.of(tenant, userId, u.getDisplayName()));\n"
                        + "    }",
                cause);
    }
}
