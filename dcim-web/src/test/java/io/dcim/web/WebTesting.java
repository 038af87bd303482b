package io.dcim.web;

import io.dcim.app.Services;
import io.dcim.console.DcimWicketApplication;

import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.console.auth.DcimSession;
import io.dcim.identity.role.Role;
import io.dcim.common.paging.PageRequest;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.procurement.demo.ProcurementDemoLoader;
import io.dcim.power.PowerModule;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.testing.DemoSnapshot;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.util.tester.WicketTester;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.Assertions;

/** A fresh WicketTester on the real services, signed in with the given roles. */
public final class WebTesting {

    /** Cheap bcrypt in tests only: the algorithm is the same, the work factor is not under test. */
    public static final int TEST_BCRYPT_COST = 4;
    public static final String PASSWORD = "correct horse battery";

    /** The system acting for a test: it sets up what a page shows and reads back what the page wrote. */
    public static final Caller SYSTEM = Caller.system("test");

    /** Whoever changes a record while a page has it open: the name a stale edit's refusal gives. */
    public static final Caller SOMEONE_ELSE = Caller.system("someone else");

    private WebTesting() {
    }

    public static Services services(Database db) {
        return new Services(db, Clock.systemUTC(), TEST_BCRYPT_COST);
    }

    /**
     * The services over the small demo site: what most page tests look at. Seeded once per test database and copied
     * back into it for each later test ({@link DemoSnapshot}).
     */
    public static Services demoSite(Database db) {
        Services services = services(db);
        DemoSnapshot.seed(db, () -> new DemoSiteLoader(db, services.catalog()).seedIfEmpty(DemoScale.SMALL));
        return services;
    }

    /**
     * The small demo site with the procurement demo (requests, orders, deliveries, assets) over it, seeded once per
     * test database and copied back for each later test, as {@link #demoSite}: seeding the procurement demo through
     * its services costs more than copying all of it.
     */
    public static Services demoSiteWithPurchases(Database db) {
        Services services = services(db);
        DemoSnapshot.seed(db, "demo+purchases", () -> {
            demoSite(db);
            new ProcurementDemoLoader(db).seedIfEmpty(DemoScale.SMALL);
        });
        return services;
    }

    /** The demo's first GPU server by asset tag in that status (any status for null). */
    public static DeviceSummary firstGpuServer(Services services, LifecycleStatus status) {
        return services.deviceQueries().page(new DeviceFilter(null, null, null, DeviceKind.GPU_SERVER, status, null, null),
                PageRequest.first(1, "assetTag")).items().get(0);
    }

    public static OpenTester tester(Services services) {
        return new OpenTester(new DcimWicketApplication(services, RuntimeConfigurationType.DEVELOPMENT, false));
    }

    /**
     * One user for each role, holding that role alone and named after it ({@code admin}, {@code ops}, {@code analyst},
     * {@code manager}), with {@link #PASSWORD}: the callers an API test signs in as.
     */
    public static void roleUsers(Services services, Role... roles) {
        for (Role role : roles) {
            services.users().create(role.name().toLowerCase(java.util.Locale.ROOT), null, PASSWORD, EnumSet.of(role));
        }
    }

    public static OpenTester signedIn(Services services, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.of(Role.ANALYST) : EnumSet.of(roles[0], roles);
        String username = "user-" + set.stream().map(Enum::name).reduce("", String::concat).toLowerCase();
        services.users().create(username, null, PASSWORD, set);
        OpenTester tester = tester(services);
        if (!DcimSession.get().signIn(username, PASSWORD)) {
            throw new IllegalStateException("test user could not sign in");
        }
        return tester;
    }

    /**
     * The URL a control at {@code componentPath} would call on the last rendered page, whether
     * or not the page built it for this user: what a forged request sends. It is the URL of the
     * page's own sign-out form with the path swapped.
     */
    public static String forgedListenerUrl(WicketTester tester, String componentPath) {
        String signOut = tester.getComponentFromLastRenderedPage("signOut:form")
                .urlForListener(new org.apache.wicket.request.mapper.parameter.PageParameters()).toString();
        if (!signOut.contains("-signOut-form")) {
            throw new IllegalStateException("unexpected listener URL " + signOut);
        }
        return signOut.replace("-signOut-form", "-" + componentPath.replace(':', '-')).replaceFirst("^\\./", "");
    }

    /** Pages live in the page store between requests: a page that does not serialize breaks the back button and more. */
    public static void assertSerializable(org.apache.wicket.Page page) {
        byte[] bytes = new org.apache.wicket.serialize.java.JavaSerializer("test").serialize(page);
        if (bytes == null) {
            throw new AssertionError(page.getClass().getSimpleName() + " does not serialize (see the log)");
        }
    }

    /** The power module on this database, with a credential key of its own (no test reads another's secrets). */
    public static PowerModule startPower(Database db) {
        return PowerModule.start(db, Clock.systemUTC(),
                PowerModule.Config.defaults(CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())));
    }

    /** {@link #startPower} attached to the services, as the application attaches it: what the power pages and API read. */
    public static PowerModule attachPower(Services services, Database db) {
        PowerModule power = startPower(db);
        services.attachPower(power);
        return power;
    }

    /** The one error message the last request left: a refusal names one thing, not several. */
    public static AbstractStringAssert<?> assertOnlyError(WicketTester tester) {
        return Assertions.assertThat(tester.getMessages(FeedbackMessage.ERROR)).singleElement().asString();
    }

    /** Whether the feedback panel at {@code path} (beside its field) holds an error: refusals are shown where they apply. */
    public static boolean errorBeside(WicketTester tester, String path) {
        return ((FeedbackPanel) tester.getComponentFromLastRenderedPage(path)).anyErrorMessage();
    }
}
