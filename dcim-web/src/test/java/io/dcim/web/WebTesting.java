package io.dcim.web;

import io.dcim.app.Services;
import io.dcim.console.DcimWicketApplication;

import io.dcim.common.persistence.Database;
import io.dcim.console.auth.DcimSession;
import io.dcim.identity.role.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.util.tester.WicketTester;

/** A fresh WicketTester on the real services, signed in with the given roles. */
public final class WebTesting {

    /** Cheap bcrypt in tests only: the algorithm is the same, the work factor is not under test. */
    public static final int TEST_BCRYPT_COST = 4;
    public static final String PASSWORD = "correct horse battery";

    private WebTesting() {
    }

    public static Services services(Database db) {
        return new Services(db, Clock.systemUTC(), TEST_BCRYPT_COST);
    }

    public static WicketTester tester(Services services) {
        return new WicketTester(new DcimWicketApplication(services, RuntimeConfigurationType.DEVELOPMENT, false));
    }

    public static WicketTester signedIn(Services services, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.ANALYST) : EnumSet.of(roles[0], roles);
        String username = "user-" + set.stream().map(Enum::name).reduce("", String::concat).toLowerCase();
        services.users().create(username, null, PASSWORD, set);
        WicketTester tester = tester(services);
        if (!DcimSession.get().signIn(username, PASSWORD)) {
            throw new IllegalStateException("test user could not sign in");
        }
        return tester;
    }

    /**
     * The URL a control at {@code componentPath} would call on the last rendered page, whether
     * or not the page built it for this user: what a forged request sends. It is the URL of the
     * page's own sign-out link with the path swapped.
     */
    public static String forgedListenerUrl(WicketTester tester, String componentPath) {
        String signOut = tester.urlFor((org.apache.wicket.markup.html.link.Link<?>) tester.getComponentFromLastRenderedPage(
                "signOut"));
        if (!signOut.contains("-signOut")) {
            throw new IllegalStateException("unexpected listener URL " + signOut);
        }
        return signOut.replace("-signOut", "-" + componentPath.replace(':', '-')).replaceFirst("^\\./", "");
    }

    /** Pages live in the page store between requests: a page that does not serialize breaks the back button and more. */
    public static void assertSerializable(org.apache.wicket.Page page) {
        byte[] bytes = new org.apache.wicket.serialize.java.JavaSerializer("test").serialize(page);
        if (bytes == null) {
            throw new AssertionError(page.getClass().getSimpleName() + " does not serialize (see the log)");
        }
    }
}
