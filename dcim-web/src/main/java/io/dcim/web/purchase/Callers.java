package io.dcim.web.purchase;

import io.dcim.procurement.request.Caller;
import io.dcim.web.auth.DcimSession;
import io.dcim.web.auth.Principal;
import java.util.stream.Collectors;

/** The signed-in user or API caller as procurement's rules see them. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(Principal principal) {
        return new Caller(principal.username(), principal.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    /** The user signed in to this console session. */
    public static Caller signedIn() {
        return of(DcimSession.get().principal());
    }
}
