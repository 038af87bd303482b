package io.dcim.common.paging;

import java.util.Locale;
import java.util.regex.Pattern;

/** Case-insensitive "contains" patterns for search boxes; wildcards typed by people are dropped. */
public final class Like {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private Like() {
    }

    /** {@code %TEXT%} upper-cased for {@code upper(column) like :p}, or null for blank text. */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // Control characters are dropped as wildcards are: PostgreSQL refuses a NUL in a parameter
        // (a 500 before), and no stored text holds one. The doors refuse them first, naming the filter.
        return "%" + CONTROL.matcher(text.trim()).replaceAll("").toUpperCase(Locale.ROOT).replace("%", "").replace("_", "")
                + "%";
    }
}
