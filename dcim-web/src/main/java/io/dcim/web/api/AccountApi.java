package io.dcim.web.api;

import io.dcim.common.access.Permission;

import io.dcim.web.Services;
import java.util.List;

/**
 * Passwords: callers change their own ({@code POST /me/password}, the current one required),
 * administrators set anyone's ({@code POST /users/{id}/password}). Either ends the user's
 * console sessions and remembered Basic credentials; API tokens stay valid.
 */
final class AccountApi {

    private final Services services;

    AccountApi(Services services) {
        this.services = services;
    }

    void register(List<Route> routes) {
        routes.add(Route.of("POST", "/me/password", this::changeOwn));
        routes.add(Route.of("POST", "/users/{id}/password", this::reset));
    }

    /** {@code POST /me/password}. */
    record OwnPasswordChange(String currentPassword, String newPassword) {
    }

    /** {@code POST /users/{id}/password}. */
    record PasswordReset(String password) {
    }

    private Object changeOwn(ApiRequest r) {
        OwnPasswordChange body = r.body(OwnPasswordChange.class);
        services.users().changeOwnPassword(r.principal(), body.currentPassword(), body.newPassword(), r.clientAddress());
        return new Route.Response(204, null);
    }

    private Object reset(ApiRequest r) {
        r.require(Permission.USER_MANAGE);
        services.users().changePassword(r.pathId("id"), r.body(PasswordReset.class).password());
        return new Route.Response(204, null);
    }
}
