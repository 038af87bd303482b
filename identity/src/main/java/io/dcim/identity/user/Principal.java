package io.dcim.identity.user;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.identity.role.Role;
import io.dcim.identity.role.RolePermissions;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * Who is signed in, as read from the user's row at the current credential stamp. Safe to keep in
 * the session. Doors ask it what the user may do ({@link #may}) and hand use cases its
 * {@link #caller}; the roles themselves are only shown and edited.
 */
public record Principal(long userId, String username, String displayName, Set<Role> roles) implements Serializable {

    public Principal {
        roles = Set.copyOf(roles);
    }

    public Set<Permission> permissions() {
        return RolePermissions.granted(roles);
    }

    public boolean may(Permission permission) {
        return permissions().contains(permission);
    }

    /** This user asking a use case, with messages in {@code locale}. */
    public Caller caller(Locale locale) {
        return new Caller(userId, username, permissions(), locale);
    }

    public String label() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
