package dev.calls.spring;

/** The application context has no {@link dev.calls.spi.UserDirectory} bean, which the engine cannot do without. */
public class MissingUserDirectoryException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public MissingUserDirectoryException() {
        super("Calls needs a bean of type dev.calls.spi.UserDirectory that tells it who your users are (display "
                + "name, e-mail, avatar, tenant); declare one, such as @Bean UserDirectory userDirectory(...) "
                + "{ return (tenant, userId) -> ...; }");
    }
}
