package io.dcim.common.access;

import io.dcim.common.error.Message;
import io.dcim.common.error.NotPermittedException;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who asks a use case: the username the history records, the permissions their roles grant
 * (resolved once by the identity module) and the locale messages are shown in. Every door
 * builds one (the console from its session, the API from the request's credentials, jobs as
 * {@link #system}) and passes it to the application layer, which decides with it.
 */
public record Caller(Long userId, String username, Set<Permission> permissions, Locale locale) implements Serializable {

    public Caller {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("a caller has a username");
        }
        permissions = permissions == null || permissions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(permissions));
        locale = locale == null ? Locale.ROOT : locale;
    }

    /** Scheduled jobs and start-up work: every permission, recorded under {@code name}. */
    public static Caller system(String name) {
        return new Caller(null, name, EnumSet.allOf(Permission.class), Locale.ROOT);
    }

    /** A caller holding exactly {@code granted}; tests and tools. */
    public static Caller of(String username, Permission... granted) {
        return new Caller(null, username, granted.length == 0 ? Set.of() : EnumSet.of(granted[0], granted), Locale.ROOT);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** Refuses with {@link NotPermittedException} unless the caller holds {@code permission}. */
    public void require(Permission permission) {
        if (!may(permission)) {
            throw new NotPermittedException(permission, Message.of("common.access.denied", username, permission.code()));
        }
    }
}
