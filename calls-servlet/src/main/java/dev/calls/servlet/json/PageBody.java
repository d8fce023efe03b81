package dev.calls.servlet.json;

import java.util.List;

/** A page of a list; {@code nextCursor} is null on the last page. */
public record PageBody<T>(List<T> items, String nextCursor) {
}
