package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.power.PowerModule;
import io.dcim.power.alarm.AlarmKind;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.WicketTester;

class ThresholdsPageTest {

    @BothDatabases
    void opsOverrideTheLevelsOfASiteAndOfACabinetAndBadLevelsAreRefusedBesideTheField(Database db) {
        Services services = WebTesting.demoSite(db);
        long siteId = services.sites().sites().get(0).getId();
        CabinetSummary cabinet = services.cabinetQueries().page(CabinetFilter.ofSite(siteId), PageRequest.first(1, "name"))
                .items().get(0);
        try (PowerModule power = WebTesting.attachPower(services, db)) {
            try (var tester = WebTesting.signedIn(services, Role.OPS)) {
                tester.startPage(ThresholdsPage.class, new PageParameters().set("site", siteId));
                tester.assertVisible("none");
                tester.assertContains("80 %");

                tester.fill("editing:form", Map.of("warning", "abc")).submit("save");
                assertThat(errorsBeside(tester, "warningFeedback")).isTrue();
                WebTesting.assertOnlyError(tester).isEqualTo("'abc' is not a number");

                tester.fill("editing:form", Map.of("warning", "97")).submit("save");
                assertThat(errorsBeside(tester, "warningFeedback")).as("above the critical 95 %").isTrue();

                tester.fill("editing:form", Map.of("warning", "70")).submit("save");
                tester.assertRenderedPage(ThresholdsPage.class);
                tester.assertNoErrorMessage();
                assertThat(power.thresholds().effective(AlarmKind.CABINET_POWER, siteId, null).warning())
                        .isEqualByComparingTo("70");

                tester.fill("editing:form", Map.of("cabinet", cabinet.name(), "critical", "30"))
                        .select("room", 0).select("kind", 1).submit("save");
                tester.assertNoErrorMessage();
                tester.assertContains("cabinet " + cabinet.roomName() + "/" + cabinet.name());
                assertThat(tester.getLastResponseAsString()).as("a cabinet inherits the levels it does not set")
                        .contains("(27 °C inherited)");
                assertThat(power.thresholds().effective(AlarmKind.INLET_TEMP, siteId, cabinet.id()).critical())
                        .isEqualByComparingTo(new BigDecimal("30"));

                tester.fill("editing:form", Map.of("cabinet", "no-such-cabinet", "warning", "60")).submit("save");
                assertThat(errorsBeside(tester, "cabinetFeedback")).isTrue();
                WebTesting.assertOnlyError(tester).startsWith("There is no cabinet no-such-cabinet in this ");

                tester.getSession().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
                tester.fill("editing:form", Map.of("cabinet", "no-such-cabinet", "warning", "60")).submit("save");
                WebTesting.assertOnlyError(tester).matches("(本站点|该机房)没有机柜 no-such-cabinet");
                tester.getSession().setLocale(java.util.Locale.ENGLISH);

                tester.startPage(ThresholdsPage.class, new PageParameters().set("site", siteId));
                tester.newFormTester("overrides:0:remove:form").submit();
                assertThat(power.thresholds().overrides(siteId)).hasSize(1);
                WebTesting.assertSerializable(tester.getLastRenderedPage());
            }
            try (var analyst = WebTesting.signedIn(services, Role.ANALYST)) {
                analyst.startPage(ThresholdsPage.class, new PageParameters().set("site", siteId));
                analyst.assertInvisible("editing");
                analyst.assertInvisible("overrides:0:remove");
            }
        }
    }

    private static boolean errorsBeside(WicketTester tester, String feedback) {
        return WebTesting.errorBeside(tester, "editing:form:" + feedback);
    }
}
