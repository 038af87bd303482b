package io.dcim.console.auth;

import io.dcim.app.Services;
import io.dcim.app.config.SessionLimits;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.identity.user.Language;
import io.dcim.identity.user.Principal;
import io.dcim.identity.user.SignInResult;
import io.dcim.identity.user.UserService;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.apache.wicket.Application;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.Page;
import org.apache.wicket.authroles.authentication.AuthenticatedWebSession;
import org.apache.wicket.authroles.authorization.strategies.role.Roles;
import org.apache.wicket.authroles.authorization.strategies.role.annotations.AuthorizeInstantiation;
import org.apache.wicket.injection.Injector;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.cycle.RequestCycle;

/**
 * The console session: who is signed in, nothing else (no entities, no secrets). It is
 * checked at every request ({@link #stillValid}): it ends when idle or too old, when the
 * user was disabled or their password changed elsewhere, and it takes their roles afresh.
 */
public class DcimSession extends AuthenticatedWebSession {

    @Inject
    private Services services;

    private Principal principal;
    private SignInResult lastResult;
    private int credentialStamp;
    private Instant signedInAt;
    private Instant lastSeenAt;

    public DcimSession(Request request) {
        super(request);
        Injector.get().inject(this);
        setLocale(BrowserLanguage.of(request).locale());
    }

    /** The clock sessions are timed with: the application's (tests move it). */
    public static final MetaDataKey<Clock> CLOCK = new MetaDataKey<>() {
        private static final long serialVersionUID = 1L;
    };

    private static Clock clock() {
        Clock clock = Application.get().getMetaData(CLOCK);
        return clock == null ? Clock.systemUTC() : clock;
    }

    public static DcimSession get() {
        return (DcimSession) AuthenticatedWebSession.get();
    }

    @Override
    protected boolean authenticate(String username, String password) {
        lastResult = users().signIn(username, password, clientAddress());
        principal = lastResult.principal();
        credentialStamp = lastResult.credentialStamp();
        signedInAt = clock().instant();
        lastSeenAt = signedInAt;
        if (lastResult.succeeded()) {
            services.ownAccount().language(principal.caller(getLocale())).ifPresent(saved -> setLocale(saved.locale()));
        }
        return lastResult.succeeded();
    }

    /** The outcome of the last sign-in attempt in this session, or null. */
    public SignInResult lastResult() {
        return lastResult;
    }

    /**
     * Whether the signed-in user may go on with this request: within the idle time and the
     * lifetime, still enabled, credentials unchanged. Refreshes the roles; false (and
     * signed out) otherwise. Anonymous sessions are always valid.
     */
    public boolean stillValid(SessionLimits limits) {
        if (principal == null) {
            return true;
        }
        Instant now = clock().instant();
        boolean fresh = !now.isAfter(lastSeenAt.plus(limits.idle())) && !now.isAfter(signedInAt.plus(limits.lifetime()));
        Principal current = fresh ? users().current(principal.userId(), credentialStamp).orElse(null) : null;
        if (current == null) {
            signOut();
            return false;
        }
        principal = current;
        lastSeenAt = now;
        return true;
    }

    /** After the user changed their own password here: this session goes on, their others end. */
    public void passwordChangedHere() {
        credentialStamp = users().credentialStamp(principal.userId());
    }

    /** Wicket's "roles" are our permission codes: pages declare {@code @AuthorizeInstantiation("user.manage")}. */
    @Override
    public Roles getRoles() {
        Roles roles = new Roles();
        if (isSignedIn() && principal != null) {
            principal.permissions().forEach(permission -> roles.add(permission.code()));
        }
        return roles;
    }

    public Principal principal() {
        return principal;
    }

    /** The signed-in user asking the application layer, with messages in this session's locale. */
    public Caller caller() {
        return principal.caller(getLocale());
    }

    /** The language this session's pages speak. */
    public Language language() {
        return Language.of(getLocale());
    }

    /**
     * Switches the console's language; a signed-in user's choice is saved on their account, so
     * it follows them to other browsers. Someone not signed in changes this session only.
     */
    public void chooseLanguage(Language language) {
        if (principal != null && isSignedIn()) {
            services.ownAccount().setLanguage(caller(), language);
        }
        setLocale(language.locale());
    }

    /**
     * Whether the signed-in user may open pages of {@code page}'s class: holds one of the
     * permissions its {@code @AuthorizeInstantiation} names (inherited from the frame: {@code read}).
     * The navigation shows an entry only then; Wicket's own check is the one that refuses.
     */
    public boolean mayOpen(Class<? extends Page> page) {
        AuthorizeInstantiation declared = page.getAnnotation(AuthorizeInstantiation.class);
        if (declared == null || declared.value().length == 0) {
            return true;
        }
        return Arrays.stream(declared.value())
                .anyMatch(code -> Permission.ofCode(code).filter(this::may).isPresent());
    }

    /** Whether the signed-in user holds {@code permission}: pages show a control only then. */
    public boolean may(Permission permission) {
        return isSignedIn() && principal != null && principal.may(permission);
    }

    @Override
    public void signOut() {
        super.signOut();
        principal = null;
    }

    /** The client's address (the proxy's forwarded one when it is trusted), for the sign-in throttle. */
    public static String clientAddress() {
        RequestCycle cycle = RequestCycle.get();
        if (cycle != null && cycle.getRequest().getContainerRequest() instanceof HttpServletRequest http) {
            return http.getRemoteAddr();
        }
        return null;
    }

    private UserService users() {
        return services.users();
    }
}
