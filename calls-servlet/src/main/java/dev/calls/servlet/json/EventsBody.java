package dev.calls.servlet.json;

import java.util.List;

/** A long-poll answer: the events, and the id to pass as {@code after} next time. */
public record EventsBody(List<EventBody> events, long lastEventId) {
}
