package io.dcim.identity.user;

import static io.dcim.common.access.Permission.USER_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.identity.role.Role;
import java.util.List;
import java.util.Set;

/**
 * Administering users, as every door does it: creating them, setting their roles, resetting a
 * password and disabling need {@code user.manage}; each change is recorded under the caller's name.
 */
public final class UserAdministration {

    private final UserService users;

    public UserAdministration(UserService users) {
        this.users = users;
    }

    public List<UserAccount> users(Caller caller) {
        return UseCase.call(caller, USER_MANAGE, users::users);
    }

    public UserAccount create(Caller caller, String username, String displayName, String password, Set<Role> roles) {
        return UseCase.call(caller, USER_MANAGE, () -> users.create(username, displayName, password, roles));
    }

    public void setRoles(Caller caller, long userId, Set<Role> roles) {
        UseCase.perform(caller, USER_MANAGE, () -> users.setRoles(userId, roles));
    }

    /** Nobody disables their own account (an administrator would lock everyone out). */
    public void setEnabled(Caller caller, long userId, boolean enabled) {
        UseCase.perform(caller, USER_MANAGE, () -> users.setEnabled(caller, userId, enabled));
    }

    /** Sets a new password for someone who lost theirs; their sessions and remembered credentials end. */
    public void resetPassword(Caller caller, long userId, String newPassword) {
        UseCase.perform(caller, USER_MANAGE, () -> users.changePassword(userId, newPassword));
    }
}
