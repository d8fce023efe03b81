package dev.calls.servlet.http;

import java.io.IOException;

/** Answers one route. Returns the reply to write, or {@link Reply#ASYNC} when it went asynchronous. */
@FunctionalInterface
public interface Handler {
    Reply handle(ApiRequest request) throws IOException;
}
