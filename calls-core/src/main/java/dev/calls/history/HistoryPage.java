package dev.calls.history;

import java.util.List;

/**
 * A page of history, newest first.
 *
 * @param items the entries
 * @param nextCursor pass back to get the next page; null on the last page
 */
public record HistoryPage(List<HistoryEntry> items, String nextCursor) {
}
