package io.dcim.rest.account;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/**
 * Passwords: callers change their own ({@code POST /me/password}, the current one required),
 * administrators set anyone's ({@code POST /users/{id}/password}). Either ends the user's
 * console sessions and remembered Basic credentials; API tokens stay valid.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "account", description = "passwords")
public class AccountResource extends ApiResource {

    @Inject
    public AccountResource(Services services) {
        super(services);
    }

    /** {@code POST /me/password}. */
    public record OwnPasswordChange(String currentPassword, String newPassword) {
    }

    /** {@code POST /users/{id}/password}. */
    public record PasswordReset(String password) {
    }

    @POST
    @Path("me/password")
    @Operation(summary = "Change your own password (the current one required); ends your console sessions")
    @ApiResponse(responseCode = "204", description = "changed")
    public void changeOwn(@Valid @NotNull OwnPasswordChange body, @Context HttpServletRequest request) {
        // The address counts failed attempts towards the same throttle as sign-ins.
        services.users().changeOwnPassword(user(), body.currentPassword(), body.newPassword(), request.getRemoteAddr());
    }

    @POST
    @Requires(Permission.USER_MANAGE)
    @Path("users/{id}/password")
    @Operation(summary = "Set a user's password; ends their console sessions")
    @ApiResponse(responseCode = "204", description = "set")
    public void reset(@PathParam("id") Long id, @Valid @NotNull PasswordReset body) {
        services.users().changePassword(id, body.password());
    }
}
