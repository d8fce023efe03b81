package dev.calls.spi;

/**
 * Install and uninstall hooks of an adapter that owns resources outside the process (tables, channels).
 * {@link dev.calls.Calls#install()} and {@link dev.calls.Calls#uninstall(boolean)} call them on every
 * adapter given to the builder that implements this interface.
 */
public interface Lifecycle {

    /** Creates or migrates what the adapter needs. Safe to call again: a second call changes nothing. */
    void install();

    /**
     * Removes what {@link #install()} created and nothing else; with {@code keepData} the data (tables and
     * rows) stays and only transient resources go.
     */
    void uninstall(boolean keepData);
}
