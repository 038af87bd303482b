package io.dcim.web.auth;

import io.dcim.web.DcimWicketApplication;
import org.apache.wicket.authroles.authentication.AuthenticatedWebSession;
import org.apache.wicket.authroles.authorization.strategies.role.Roles;
import org.apache.wicket.request.Request;

/** The console session: who is signed in, nothing else (no entities, no secrets). */
public class DcimSession extends AuthenticatedWebSession {

    private Principal principal;
    private SignInResult lastResult;

    public DcimSession(Request request) {
        super(request);
    }

    public static DcimSession get() {
        return (DcimSession) AuthenticatedWebSession.get();
    }

    @Override
    protected boolean authenticate(String username, String password) {
        lastResult = DcimWicketApplication.get().services().users().signIn(username, password);
        principal = lastResult.principal();
        return lastResult.succeeded();
    }

    /** Why the last sign-in failed, in words that do not reveal whether the user exists. */
    public String lastFailure() {
        return lastResult == null ? "" : lastResult.message();
    }

    @Override
    public Roles getRoles() {
        Roles roles = new Roles();
        if (isSignedIn() && principal != null) {
            principal.roles().forEach(role -> roles.add(role.name()));
        }
        return roles;
    }

    public Principal principal() {
        return principal;
    }

    /** Whether the signed-in user may change the inventory (ops or admin). */
    public boolean canEditInventory() {
        return isSignedIn() && principal != null && principal.hasAny(Role.OPS, Role.ADMIN);
    }

    @Override
    public void signOut() {
        super.signOut();
        principal = null;
    }
}
