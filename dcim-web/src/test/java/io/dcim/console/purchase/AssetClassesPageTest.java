package io.dcim.console.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.console.auth.DcimSession;
import io.dcim.identity.role.Role;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.depreciation.DepreciationMethod;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.feedback.FeedbackMessage;

/** Finance sets the terms each asset class gives new assets; the page says what a change does. */
class AssetClassesPageTest {

    @BothDatabases
    void anAnalystChangesTheServersTermsAndThePageSaysTheyApplyToAssetsPutOnTheBooksFromNowOn(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(AssetClassesPage.class);
            assertThat(tester.getLastResponseAsString())
                    .contains("Applies to assets put on the books after the change; the 0 of this class already on the books keep their terms.");
            tester.fill("classes:0:terms", Map.of("life", "48", "rate", "0.03"))
                    .select("method", DepreciationMethod.DOUBLE_DECLINING_BALANCE.ordinal()).submit("save");

            tester.assertRenderedPage(AssetClassesPage.class);
            tester.assertNoErrorMessage();
            assertThat(tester.getLastResponseAsString())
                    .contains("The terms of Servers are saved; they apply to assets put on the books from now on.");
            var server = services.procurement().assetClassFacade().assetClass(Caller.system("test"), AssetClass.SERVER);
            assertThat(server.terms().method()).isEqualTo(DepreciationMethod.DOUBLE_DECLINING_BALANCE);
            assertThat(server.terms().usefulLifeMonths()).isEqualTo(48);
            assertThat(server.terms().residualRate()).isEqualByComparingTo("0.03");
        }
    }

    @BothDatabases
    void aLifeOfPartYearsUnderAYearByYearMethodIsRefusedBesideTheLifeInChinese(Database db) {
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.ANALYST)) {
            DcimSession.get().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(AssetClassesPage.class);
            assertThat(tester.getLastResponseAsString()).contains("资产类别").contains("服务器").contains("年限平均法");
            tester.fill("classes:1:terms", Map.of("life", "50"))
                    .select("method", DepreciationMethod.SUM_OF_YEARS_DIGITS.ordinal()).submit("save");

            assertThat(tester.getComponentFromLastRenderedPage("classes:1:terms:life").getFeedbackMessages()
                    .hasMessage(FeedbackMessage.ERROR)).isTrue();
            assertThat(tester.getMessages(FeedbackMessage.ERROR)).singleElement()
                    .satisfies(m -> assertThat(m.toString()).contains("年数总和法"));
        }
    }

    @BothDatabases
    void managersAndOpsReadTheTermsButHaveNoControlsToChangeThem(Database db) {
        Services services = WebTesting.services(db);
        for (Role role : new Role[] {Role.MANAGER, Role.OPS}) {
            try (var tester = WebTesting.signedIn(services, role)) {
                tester.startPage(AssetClassesPage.class);
                tester.assertInvisible("classes:0:terms:save");
                assertThat(tester.getComponentFromLastRenderedPage("classes:0:terms").isEnabledInHierarchy()).isFalse();
                assertThat(tester.getLastResponseAsString()).contains("Straight-line");
            }
        }
    }
}
