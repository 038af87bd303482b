package io.dcim.console.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.PageRequest;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestDraft;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.feedback.ExactLevelFeedbackMessageFilter;
import org.apache.wicket.feedback.FeedbackMessage;
import io.dcim.common.persistence.Database;
import io.dcim.procurement.request.RequestFilter;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;

class PurchasePagesTest {

    private static Services seeded(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
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
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(PurchaseListPage.class, new PageParameters().set("awaiting", "me"));
            tester.assertContains(request.title().replace("(", "\\(").replace(")", "\\)"));

            tester.startPage(PurchaseRequestPage.class, request.id());
            tester.assertVisible("impact");
            tester.assertContains("cabinets needed");
            tester.assertContains("a month from");

            FormTester reject = tester.newFormTester("decide");
            reject.submit("reject");
            tester.assertErrorMessages("Required to reject a request: tell the requester why");

            tester.fill("decide", Map.of("comment", "second approval: fits the plan")).submit("approve");
            tester.assertNoErrorMessage();
            assertThat(services.procurement().requests().find(request.id()).getStatus()).isEqualTo(RequestStatus.APPROVED);
            tester.assertContains("second approval: fits the plan");
            // The timeline reads on the site's clock (Asia/Shanghai), the offset written out, as alarms and history do.
            java.time.Instant approvedAt = services.procurement().requests().timeline(request.id()).stream()
                    .reduce((a, b) -> b).orElseThrow().getOccurredAt();
            String onSiteClock = io.dcim.console.layout.Times.minute(approvedAt, java.time.ZoneId.of("Asia/Shanghai"));
            assertThat(onSiteClock).endsWith(" UTC+8");
            assertThat(tester.getLastResponseAsString()).contains(onSiteClock);
        }
    }

    /** Above 5 M CNY gross: two distinct managers must approve (3 × 1,850,000.00 net, 6,271,500.00 gross). */
    private static PurchaseRequest twoManagerDraft(Services services, String requester) {
        DeviceModel h100 = services.catalog().deviceModels().stream()
                .filter(m -> m.getModel().startsWith("PowerEdge XE9680")).findFirst().orElseThrow();
        return services.procurement().requests().create(requester, RequestDraft.equipment("Three H100 servers",
                "Tenants queue for H100s", services.sites().sites().get(0).getId(), List.of(LineInput.equipment(h100.getId(), 3,
                        new BigDecimal("1850000.00"), new BigDecimal("0.13")))));
    }

    @BothDatabases
    void aFirstApprovalOfATwoManagerRequestSaysOneOfTwoAndTheRequesterMayNotDecide(Database db) {
        Services services = seeded(db);
        PurchaseRequest draft = twoManagerDraft(services, "user-opsmanager");
        PurchaseRequest submitted = services.procurement().approvals().submit(draft.getId(), draft.getVersion(),
                "user-opsmanager", null);
        try (var requester = WebTesting.signedIn(services, Role.OPS, Role.MANAGER)) {
            requester.startPage(PurchaseRequestPage.class, submitted.getId());
            requester.assertInvisible("decide");
            requester.assertLabel("approvals", "0 of 2 approvals");
        }
        try (var manager = WebTesting.signedIn(services, Role.MANAGER)) {
            manager.startPage(PurchaseRequestPage.class, submitted.getId());
            manager.assertVisible("decide:approve");
            manager.newFormTester("decide").submit("approve");
            manager.assertNoErrorMessage();
            manager.assertFeedbackMessages(new ExactLevelFeedbackMessageFilter(FeedbackMessage.SUCCESS),
                    "1 of 2 approvals: the request waits for another manager.");
            manager.assertRenderedPage(PurchaseRequestPage.class);
            manager.assertLabel("approvals", "1 of 2 approvals: user-manager");
            manager.assertInvisible("decide:approve");
            manager.assertVisible("decide:reject");
            assertThat(services.procurement().requests().find(submitted.getId()).getStatus())
                    .isEqualTo(RequestStatus.SUBMITTED);
        }
    }

    @BothDatabases
    void aDraftShowsTheApprovalsItWillNeedAndOnlyItsRequesterEditsOrDeletesIt(Database db) {
        Services services = seeded(db);
        PurchaseRequest draft = twoManagerDraft(services, "user-ops");
        try (var other = WebTesting.signedIn(services, Role.MANAGER)) {
            other.startPage(PurchaseRequestPage.class, draft.getId());
            other.assertInvisible("draftActions");
            other.assertInvisible("decide");
            assertThatThrownBy(() -> other.startPage(NewPurchaseRequestPage.class, new PageParameters().set("id",
                    draft.getId()))).isInstanceOf(UnauthorizedInstantiationException.class);
        }
        try (var requester = WebTesting.signedIn(services, Role.OPS)) {
            requester.startPage(PurchaseRequestPage.class, draft.getId());
            requester.assertLabel("approvals", "Will need 2 approvals from different managers once submitted");
            requester.assertVisible("decide:submit");

            requester.clickLink("draftActions:edit");
            requester.assertRenderedPage(NewPurchaseRequestPage.class);
            FormTester edit = requester.newFormTester("form");
            assertThat(edit.getTextComponentValue("title")).isEqualTo("Three H100 servers");
            edit.setValue("title", "Three H100 servers for tenant B");
            edit.setValue("lines:0:quantity", "1");
            edit.submit();
            requester.assertNoErrorMessage();
            requester.assertRenderedPage(PurchaseRequestPage.class);
            PurchaseRequest edited = services.procurement().requests().find(draft.getId());
            assertThat(edited.getTitle()).isEqualTo("Three H100 servers for tenant B");
            assertThat(edited.getGrossTotal()).isEqualByComparingTo("2090500.00");
            requester.assertLabel("approvals", "Will need 1 approval once submitted");

            requester.newFormTester("draftActions:delete").submit();
            requester.assertRenderedPage(PurchaseListPage.class);
            assertThatThrownBy(() -> services.procurement().requests().find(draft.getId()))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @BothDatabases
    void analystsAreNotOfferedANewRequestAndCannotOpenTheForm(Database db) {
        Services services = seeded(db);
        try (var analyst = WebTesting.signedIn(services, Role.ANALYST)) {
            analyst.startPage(PurchaseListPage.class);
            analyst.assertInvisible("create");
            assertThatThrownBy(() -> analyst.startPage(NewPurchaseRequestPage.class))
                    .isInstanceOf(UnauthorizedInstantiationException.class);
        }
    }

    @BothDatabases
    void opsWithoutTheManagerRoleSeeNoDecisionButtons(Database db) {
        Services services = seeded(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(PurchaseRequestPage.class, pending(services).id());
            tester.assertInvisible("decide");
            tester.startPage(PurchaseListPage.class);
            tester.assertInvisible("inbox");
            tester.clickLink("suppliers");
            tester.assertRenderedPage(SupplierListPage.class);
            tester.assertContains("Shenzhen Sitong");
        }
    }

    @BothDatabases
    void anAssetShowsItsScheduleAndABookValueChart(Database db) throws Exception {
        Services services = seeded(db);
        var asset = services.procurement().assets().page(io.dcim.procurement.asset.AssetFilter.all(),
                PageRequest.first(1, "assetTag")).items().get(0);
        var schedule = services.procurement().assets().schedule(asset.id());
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(AssetListPage.class);
            tester.clickLink("assets:body:rows:1:cells:1:cell:link");
            tester.assertRenderedPage(AssetPage.class);
            tester.assertContains(io.dcim.console.layout.Times.month(schedule.periods().get(0).month()));
            tester.assertContains(io.dcim.console.layout.Format.cny(schedule.periods().get(schedule.periods().size() - 1)
                    .accumulated()));

            java.util.regex.Matcher img = java.util.regex.Pattern.compile("<img[^>]*src=\"([^\"]+)\"")
                    .matcher(tester.getLastResponseAsString());
            assertThat(img.find()).isTrue();
            tester.executeUrl(img.group(1).replaceFirst("^\\./", "").replace("&amp;", "&"));
            byte[] png = tester.getLastResponse().getBinaryContent();
            assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(900);
        }
    }

    @BothDatabases
    void analystsDownloadTheDepreciationScheduleFromTheAssetRegister(Database db) throws Exception {
        Services services = seeded(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
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
        }
        try (var ops = WebTesting.signedIn(services, Role.OPS)) {
            ops.executeUrl("depreciation-schedule.xlsx?from=2025-01&to=2025-03");
            assertThat(ops.getLastResponse().getStatus()).isEqualTo(403);
        }
    }
}
