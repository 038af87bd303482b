package io.dcim.procurement.request;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who acts on a purchase request: the username the timeline records and the console roles
 * they hold, by name (ADMIN, OPS, MANAGER, ANALYST). The doors build it from the signed-in user
 * or API caller; procurement decides with it what that person may do.
 */
public record Caller(String username, Set<String> roles) {

    public static final String ADMIN = "ADMIN";
    public static final String OPS = "OPS";
    public static final String MANAGER = "MANAGER";
    public static final String ANALYST = "ANALYST";

    public Caller {
        roles = roles == null ? Set.of() : roles.stream().map(r -> r.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public static Caller of(String username, String... roles) {
        return new Caller(username, Set.of(roles));
    }

    public boolean hasAny(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
