/**
 * The calling engine: the {@link dev.calls.Calls} facade, its domain, the adapters' SPIs and the in-memory
 * defaults. Everything but {@code dev.calls.internal} is API; the engine's wiring stays behind the facade.
 */
module dev.calls.core {
    requires transitive org.slf4j;
    requires com.auth0.jwt;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires java.net.http;

    exports dev.calls;
    exports dev.calls.admin;
    exports dev.calls.device;
    exports dev.calls.event;
    exports dev.calls.guest;
    exports dev.calls.history;
    exports dev.calls.jitsi;
    exports dev.calls.meeting;
    exports dev.calls.memory;
    exports dev.calls.presence;
    exports dev.calls.push;
    exports dev.calls.spi;
    exports dev.calls.webhook;

    // JSON of events (which carry calls, presence and meetings), push messages and webhook payloads is read
    // and written by Jackson
    opens dev.calls to com.fasterxml.jackson.databind;
    opens dev.calls.admin to com.fasterxml.jackson.databind;
    opens dev.calls.event to com.fasterxml.jackson.databind;
    opens dev.calls.history to com.fasterxml.jackson.databind;
    opens dev.calls.meeting to com.fasterxml.jackson.databind;
    opens dev.calls.presence to com.fasterxml.jackson.databind;
    opens dev.calls.push to com.fasterxml.jackson.databind;
    opens dev.calls.webhook to com.fasterxml.jackson.databind;
}
