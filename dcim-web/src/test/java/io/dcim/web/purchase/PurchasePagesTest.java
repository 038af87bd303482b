package io.dcim.web.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.procurement.demo.ProcurementDemoLoader;
import io.dcim.procurement.request.RequestFilter;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.web.Services;
import io.dcim.web.WebTesting;
import io.dcim.web.auth.Role;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

class PurchasePagesTest {

    private static Services seeded(Database db) {
        Services services = WebTesting.services(db);
        new DemoSiteLoader(db, services.catalog()).seedIfEmpty(DemoScale.SMALL);
        new ProcurementDemoLoader(db).seedIfEmpty(DemoScale.SMALL);
        return services;
    }

    private static RequestSummary pending(Services services) {
        return services.procurement().requests().page(new RequestFilter(Set.of(RequestStatus.SUBMITTED), null, null, null, null,
                null), PageRequest.first(5, "created")).items().get(0);
    }

    @BothDatabases
    void aManagerFindsTheRequestInTheInboxSeesItsImpactAndApprovesIt(Database db) {
        Services services = seeded(db);
        RequestSummary request = pending(services);
        WicketTester tester = WebTesting.signedIn(services, Role.MANAGER);
        try {
            tester.startPage(PurchaseListPage.class, new PageParameters().set("awaiting", "me"));
            tester.assertContains(request.title().replace("(", "\\(").replace(")", "\\)"));

            tester.startPage(PurchaseRequestPage.class, new PageParameters().set("id", request.id()));
            tester.assertVisible("impact");
            tester.assertContains("cabinets needed");
            tester.assertContains("a month from");

            FormTester reject = tester.newFormTester("decide");
            reject.submit("reject");
            tester.assertErrorMessages(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR).get(0).toString());
            assertThat(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR).get(0).toString())
                    .startsWith("comment:");

            FormTester approve = tester.newFormTester("decide");
            approve.setValue("comment", "second approval: fits the plan");
            approve.submit("approve");
            tester.assertNoErrorMessage();
            assertThat(services.procurement().requests().find(request.id()).getStatus()).isEqualTo(RequestStatus.APPROVED);
            tester.assertContains("second approval: fits the plan");
        } finally {
            tester.destroy();
        }
    }

    @BothDatabases
    void opsWithoutTheManagerRoleSeeNoDecisionButtons(Database db) {
        Services services = seeded(db);
        WicketTester tester = WebTesting.signedIn(services, Role.OPS);
        try {
            tester.startPage(PurchaseRequestPage.class, new PageParameters().set("id", pending(services).id()));
            tester.assertInvisible("decide");
            tester.startPage(PurchaseListPage.class);
            tester.assertInvisible("inbox");
        } finally {
            tester.destroy();
        }
    }

    @BothDatabases
    void anAssetShowsItsScheduleAndABookValueChart(Database db) throws Exception {
        Services services = seeded(db);
        var asset = services.procurement().assets().page(io.dcim.procurement.asset.AssetFilter.all(),
                PageRequest.first(1, "assetTag")).items().get(0);
        var schedule = services.procurement().assets().schedule(asset.id());
        WicketTester tester = WebTesting.signedIn(services, Role.ANALYST);
        try {
            tester.startPage(AssetListPage.class);
            tester.clickLink("assets:body:rows:1:cells:1:cell:link");
            tester.assertRenderedPage(AssetPage.class);
            tester.assertContains(schedule.periods().get(0).month().toString());
            tester.assertContains(io.dcim.web.layout.Format.cny(schedule.periods().get(schedule.periods().size() - 1)
                    .accumulated()));

            java.util.regex.Matcher img = java.util.regex.Pattern.compile("<img[^>]*src=\"([^\"]+)\"")
                    .matcher(tester.getLastResponseAsString());
            assertThat(img.find()).isTrue();
            tester.executeUrl(img.group(1).replaceFirst("^\\./", "").replace("&amp;", "&"));
            byte[] png = tester.getLastResponse().getBinaryContent();
            assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(900);
        } finally {
            tester.destroy();
        }
    }

    @BothDatabases
    void analystsDownloadTheDepreciationScheduleFromTheAssetRegister(Database db) throws Exception {
        Services services = seeded(db);
        WicketTester tester = WebTesting.signedIn(services, Role.ANALYST);
        try {
            tester.startPage(AssetListPage.class, new PageParameters().set("class", "SERVER"));
            tester.assertVisible("export");
            tester.assertContains("name=\"class\" value=\"SERVER\"");

            tester.executeUrl("depreciation-schedule.xlsx?from=2025-01&to=2025-03&class=SERVER");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(tester.getLastResponse().getBinaryContent()))) {
                assertThat(workbook.getSheet("Detail").getLastRowNum()).isPositive();
                assertThat(workbook.getSheet("Summary")).isNotNull();
            }
            tester.executeUrl("depreciation-schedule.xlsx?from=2025-13&to=2025-03");
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(400);
        } finally {
            tester.destroy();
        }
        WicketTester ops = WebTesting.signedIn(services, Role.OPS);
        try {
            ops.executeUrl("depreciation-schedule.xlsx?from=2025-01&to=2025-03");
            assertThat(ops.getLastResponse().getStatus()).isEqualTo(403);
        } finally {
            ops.destroy();
        }
    }
}
