package io.dcim.web.auth;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in: what pages and API handlers check. Safe to keep in the session. */
public record Principal(long userId, String username, String displayName, Set<Role> roles) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public String label() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
