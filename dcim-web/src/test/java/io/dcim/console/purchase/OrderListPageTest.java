package io.dcim.console.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.layout.Navigation;
import io.dcim.identity.role.Role;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The list of purchase orders: filtered in the URL, amounts in the reader's locale, each row opening its order. */
class OrderListPageTest {

    @BothDatabases
    void ordersOfADayRangeShowTheirAmountsWithThousandsSeparatorsAndLinkToOrderAndRequest(Database db) {
        Services services = OrderPagesTest.seeded(db);
        PurchaseOrder order = OrderPagesTest.ordered(services, 1, "1500000.00");
        String today = LocalDate.now().toString();
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(OrderListPage.class, new PageParameters().set("from", today).set("to", today));

            String page = tester.getLastResponseAsString();
            assertThat(page).contains(order.getOrderNumber()).contains("CNY 1,695,000.00")
                    .contains("order?id=" + order.getId()).contains("purchase?id=" + order.getRequest().getId());
            assertThat(page).doesNotContain("PO-2023").as("the demo's orders of 2023 are outside the range");

            DcimSession.get().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(OrderListPage.class, new PageParameters().set("from", today));
            assertThat(tester.getLastResponseAsString()).contains("¥1,695,000.00").contains("采购订单").contains("未到货");
        }
    }

    @BothDatabases
    void theFilterFormPutsItsChoicesInTheUrlAndARangeEndingBeforeItStartsIsRefusedBesideItsEnd(Database db) {
        Services services = OrderPagesTest.seeded(db);
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(OrderListPage.class);
            tester.fill("filter", Map.of("from", "2024-04-01")).select("status", 0).submit("apply");
            tester.assertRenderedPage(OrderListPage.class);
            assertThat(tester.getLastRenderedPage().getPageParameters().get("status").toString()).isEqualTo("OPEN");
            assertThat(tester.getLastRenderedPage().getPageParameters().get("from").toString()).isEqualTo("2024-04-01");

            tester.startPage(OrderListPage.class, new PageParameters().set("from", "2024-05-01").set("to", "2024-04-01"));
            tester.assertErrorMessages("The range ends on 1 Apr 2024, before it starts on 1 May 2024");
            assertThat(tester.getComponentFromLastRenderedPage("filter:to").getFeedbackMessages()
                    .hasMessage(org.apache.wicket.feedback.FeedbackMessage.ERROR)).isTrue();
        }
    }

    @BothDatabases
    void theOrdersHaveAnEntryInTheProcurementMenu(Database db) {
        assertThat(Navigation.entries()).contains(new Navigation.Entry("nav.orders", OrderListPage.class));
        try (var tester = WebTesting.signedIn(WebTesting.services(db), Role.OPS)) {
            tester.startPage(PurchaseListPage.class);
            assertThat(tester.getLastResponseAsString()).containsPattern("href=\"[^\"]*orders\"").contains("Purchase orders");
        }
    }
}
