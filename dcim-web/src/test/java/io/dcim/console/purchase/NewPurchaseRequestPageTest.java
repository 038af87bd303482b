package io.dcim.console.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.util.Map;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.util.tester.FormTester;

class NewPurchaseRequestPageTest {

    @BothDatabases
    void linesShowTheirTotalsAsTheyAreTypedAndSaveAsADraftTheRequesterSubmits(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(NewPurchaseRequestPage.class);
            FormTester form = tester.newFormTester("form", false);
            form.setValue("title", "Hall 2 H100 expansion");
            form.setValue("justification", "Tenants queue for H100 capacity");
            @SuppressWarnings("unchecked")
            DropDownChoice<Long> model = (DropDownChoice<Long>) tester.getComponentFromLastRenderedPage("form:lines:0:model");
            DeviceModel h100 = services.catalog().deviceModels().stream()
                    .filter(m -> m.getModel().startsWith("PowerEdge XE9680")).findFirst().orElseThrow();
            // As in a browser: each field's change is sent on its own and the totals redrawn.
            form.select("lines:0:model", model.getChoices().indexOf(h100.getId()));
            tester.executeAjaxEvent("form:lines:0:model", "change");
            tester.newFormTester("form", false).setValue("lines:0:quantity", "2");
            tester.executeAjaxEvent("form:lines:0:quantity", "change");
            tester.newFormTester("form", false).setValue("lines:0:unitPrice", "2000000.00");
            tester.executeAjaxEvent("form:lines:0:unitPrice", "change");

            // 2 × 2,000,000.00 = 4,000,000.00 net; VAT 13% = 520,000.00; gross 4,520,000.00.
            tester.assertComponentOnAjaxResponse("form:totals");
            assertThat(tester.getLastResponseAsString()).contains("CNY 4,520,000.00").contains("16 GPUs");

            tester.fill("form", Map.of("title", "Hall 2 H100 expansion",
                    "justification", "Tenants queue for H100 capacity")).submit();
            tester.assertNoErrorMessage();
            tester.assertRenderedPage(PurchaseRequestPage.class);
            long id = tester.getLastRenderedPage().getPageParameters().get("id").toLong();
            PurchaseRequest saved = services.procurement().requests().find(id);
            assertThat(saved.getStatus()).isEqualTo(RequestStatus.DRAFT);
            assertThat(saved.getGrossTotal()).isEqualByComparingTo("4520000.00");

            tester.newFormTester("decide").submit("submit");
            assertThat(services.procurement().requests().find(id).getStatus()).isEqualTo(RequestStatus.SUBMITTED);
        }
    }

    @BothDatabases
    void aRequestWithoutATitleIsRefusedNamingTheField(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(NewPurchaseRequestPage.class);
            tester.newFormTester("form").submit();
            tester.assertRenderedPage(NewPurchaseRequestPage.class);
            // Beside the title field, in words: no code name ("title:") in front.
            assertThat(tester.getFeedbackMessages(m -> true)).singleElement().satisfies(m -> {
                assertThat(m.getReporter()).isSameAs(tester.getComponentFromLastRenderedPage("form:title"));
                assertThat(m.getMessage().toString()).isEqualTo("Required");
            });
            assertThat(tester.getLastResponseAsString()).doesNotContain("title:");
            WebTesting.assertSerializable(tester.getLastRenderedPage());
        }
    }
}
