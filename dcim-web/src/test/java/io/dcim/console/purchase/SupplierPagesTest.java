package io.dcim.console.purchase;

import static io.dcim.web.WebTesting.SOMEONE_ELSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.console.auth.DcimSession;
import io.dcim.identity.role.Role;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.supplier.ContactInput;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.supplier.SupplierInput;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.util.tester.FormTester;

/** Managers keep the suppliers and their contacts in the console; others see the list only. */
class SupplierPagesTest {

    @BothDatabases
    void aManagerAddsASupplierWithTwoContactsFromTheList(Database db) {
        Services services = WebTesting.services(db);
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(SupplierListPage.class);
            tester.clickLink("newSupplier");
            tester.assertRenderedPage(SupplierEditPage.class);
            tester.fill("form", Map.of("name", "Shenzhen Sitong", "taxId", "91440300 MA5F0XXX1A", "leadTimeDays", "45"))
                    .submit("addContact");
            tester.fill("form", Map.of("contacts:0:contactName", "Li Wei",
                    "contacts:0:contactEmail", "li.wei@sitong.example")).submit("addContact");
            tester.fill("form", Map.of("contacts:1:contactName", "Zhang Min",
                    "contacts:1:contactPhone", "+86 755 1234 5678")).submit("save");

            tester.assertRenderedPage(SupplierListPage.class);
            tester.assertNoErrorMessage();
            assertThat(tester.getLastResponseAsString()).contains("Shenzhen Sitong").contains("45");
            Supplier saved = services.procurement().suppliers().findByName("Shenzhen Sitong").orElseThrow();
            assertThat(services.procurement().suppliers().find(saved.getId()).getContacts())
                    .extracting(c -> c.getName() + " " + c.getEmail() + " " + c.getPhone())
                    .containsExactly("Li Wei li.wei@sitong.example null", "Zhang Min null +86 755 1234 5678");
            assertThat(saved.getTaxId()).isEqualTo("91440300MA5F0XXX1A");
        }
    }

    @BothDatabases
    void aContactWithoutAWayToReachThemIsRefusedBesideTheirEmailAndRemovingTheRowSaves(Database db) {
        Services services = WebTesting.services(db);
        Supplier supplier = services.procurement().supplierFacade().create(SOMEONE_ELSE, new SupplierInput("Digital China", null, 30,
                List.of(new ContactInput("Wang Fang", "wang@dc.example", null)), null));
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(SupplierEditPage.class, supplier.getId());
            FormTester form = tester.newFormTester("form", false);
            form.submit("addContact");
            tester.fill("form", Map.of("contacts:1:contactName", "Chen Jie")).submit("save");

            tester.assertErrorMessages("Give an e-mail address or a phone number for Chen Jie");
            assertThat(tester.getComponentFromLastRenderedPage("form:contacts:1:contactEmail").getFeedbackMessages().hasMessage(org.apache.wicket.feedback.FeedbackMessage.ERROR))
                    .isTrue();

            tester.newFormTester("form", false).submit("contacts:1:removeContact");
            tester.newFormTester("form", false).submit("save");
            tester.assertNoErrorMessage();
            assertThat(tester.getLastResponseAsString()).contains("Saved.");
            assertThat(services.procurement().suppliers().find(supplier.getId()).getContacts()).singleElement()
                    .satisfies(c -> assertThat(c.getName()).isEqualTo("Wang Fang"));
        }
    }

    @BothDatabases
    void aStaleEditIsRefusedAndAnUnusedSupplierIsDeleted(Database db) {
        Services services = WebTesting.services(db);
        Supplier supplier = services.procurement().supplierFacade().create(SOMEONE_ELSE, SupplierInput.named("Anqing Computer"));
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(SupplierEditPage.class, supplier.getId());
            services.procurement().supplierFacade().edit(SOMEONE_ELSE, supplier.getId(), supplier.getVersion(),
                    SupplierInput.named("Anqing Computer Co"));
            tester.fill("form", Map.of("name", "Anqing")).submit("save");
            tester.assertErrorMessages("Supplier Anqing Computer Co was changed by someone else; reload and try again");

            tester.startPage(SupplierEditPage.class, supplier.getId());
            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(SupplierListPage.class);
            assertThat(services.procurement().suppliers().findByName("Anqing Computer Co")).isEmpty();
        }
    }

    @BothDatabases
    void aSupplierAnOrderNamesIsNotDeletedAndTheRefusalReadsInChinese(Database db) {
        Services services = OrderPagesTest.seeded(db);
        PurchaseOrder order = OrderPagesTest.ordered(services, 1, "100.00");
        long supplierId = order.getSupplier().getId();
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            DcimSession.get().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(SupplierEditPage.class, supplierId);
            tester.newFormTester("form", false).submit("delete");

            tester.assertRenderedPage(SupplierEditPage.class);
            assertThat(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR)).singleElement()
                    .satisfies(m -> assertThat(m.toString()).contains("仍被").contains("个订单"));
            assertThat(tester.getLastResponseAsString()).contains("删除供应商");
            assertThat(services.procurement().suppliers().find(supplierId)).isNotNull();
        }
    }

    @BothDatabases
    void opsSeeTheSuppliersButNeitherAddNorOpenThemForEditing(Database db) {
        Services services = WebTesting.services(db);
        services.procurement().supplierFacade().create(SOMEONE_ELSE, SupplierInput.named("Inspur"));
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.setExposeExceptions(false);
            tester.startPage(SupplierListPage.class);
            tester.assertInvisible("newSupplier");
            assertThat(tester.getLastResponseAsString()).contains("Inspur").doesNotContain("supplier-edit");

            tester.startPage(SupplierEditPage.class);
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(403);
        }
    }
}
