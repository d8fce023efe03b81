package dev.calls.presence;

import java.util.List;

/**
 * A page of online users, by user id.
 *
 * @param items the users
 * @param nextCursor pass back to get the next page; null on the last page
 */
public record PresencePage(List<PresenceView> items, String nextCursor) {
}
