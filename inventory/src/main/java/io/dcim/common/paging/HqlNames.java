package io.dcim.common.paging;

import java.util.regex.Pattern;

/**
 * Checks the aliases and paths another module hands to a published join fragment: they are pasted into HQL, so
 * only plain identifiers and dotted paths of them pass, never text that could change the query.
 */
public final class HqlNames {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern PARAMETER = Pattern.compile(":[A-Za-z_][A-Za-z0-9_]*");

    private HqlNames() {
    }

    public static String alias(String alias) {
        return checked(ALIAS, alias, "an alias");
    }

    public static String path(String path) {
        return checked(PATH, path, "a path");
    }

    public static String parameter(String parameter) {
        return checked(PARAMETER, parameter, "a named parameter");
    }

    private static String checked(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("not " + what + ": " + value);
        }
        return value;
    }
}
