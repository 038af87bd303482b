package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.identity.role.Role;
import io.dcim.power.PowerModule;
import io.dcim.power.chain.ElementKind;
import io.dcim.power.chain.FailoverResult;
import io.dcim.power.chain.SinglePoint;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

/** The failover page and the cabinet page's feeds on the small demo's chain, in English and Chinese. */
class FailoverPageTest {

    @BothDatabases
    void anAnalystFindsTheDemosOverloadedCabinetOnTheFailoverPageAndItsFeedsOnTheCabinetPage(Database db) {
        Services services = WebTesting.demoSite(db);
        try (PowerModule power = PowerModule.start(db, Clock.systemUTC(),
                PowerModule.Config.defaults(CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())));
             PowerDemo demo = PowerDemo.start(db, power.targets(), power.profiles(),
                     DemoOptions.DEFAULT.withoutHistory())) {
            services.attachPower(power);
            power.services().sweepAndEvaluate(Instant.now());
            long siteId = services.sites().sites().get(0).getId();
            SinglePoint feed = power.chainFacade().singlePointsOfFailure(Caller.system("test"), siteId).stream()
                    .filter(p -> p.element().kind() == ElementKind.FEED && p.overloadedCircuits() > 0)
                    .findFirst().orElseThrow();
            FailoverResult answer = power.chainFacade().failover(Caller.system("test"), siteId, ElementKind.FEED,
                    feed.element().id());
            String cabinet = answer.overloaded().get(0).cabinetName();
            WicketTester tester = WebTesting.signedIn(services, Role.ANALYST);
            try {
                tester.startPage(FailoverPage.class, new PageParameters().set("site", siteId).set("kind", "feed")
                        .set("id", feed.element().id()));
                tester.assertRenderedPage(FailoverPage.class);
                tester.assertContains("Circuits over their derated rating");
                tester.assertContains(cabinet);
                tester.assertContains("Single points of failure");
                tester.assertContains("No device loses power.");
                WebTesting.assertSerializable(tester.getLastRenderedPage());

                tester.startPage(FailoverPage.class, new PageParameters().set("site", siteId));
                FormTester chooser = tester.newFormTester("chooser");
                chooser.select("element", 0); // the first hall's UPS-A
                chooser.submit();
                tester.assertRenderedPage(FailoverPage.class);
                tester.assertContains("UPS-A");

                tester.startPage(CabinetPage.class, new PageParameters().set("id",
                        answer.overloaded().get(0).cabinetId()));
                tester.assertContains("400 V three-phase, 16 A");

                tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
                tester.startPage(FailoverPage.class, new PageParameters().set("site", siteId).set("kind", "feed")
                        .set("id", feed.element().id()));
                tester.assertContains("超过降额值的回路");
                tester.assertContains("单点故障");
            } finally {
                tester.destroy();
            }
        }
    }
}
