package io.dcim.common.paging;

import java.util.Locale;

/** Case-insensitive "contains" patterns for search boxes; wildcards typed by people are dropped. */
public final class Like {

    private Like() {
    }

    /** {@code %TEXT%} upper-cased for {@code upper(column) like :p}, or null for blank text. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + text.trim().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
