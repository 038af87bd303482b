package io.dcim.inventory.history;

import java.io.Serializable;
import java.time.Instant;

/**
 * Which changes a history list shows; null means any. {@code type} is a history type name ({@code device},
 * {@code cabinet}…), {@code actor} a user name as recorded, and the changes are those made from {@code from}
 * (inclusive) until {@code until} (exclusive).
 */
public record HistoryFilter(String type, String actor, Instant from, Instant until) implements Serializable {

    public static HistoryFilter all() {
        return new HistoryFilter(null, null, null, null);
    }
}
