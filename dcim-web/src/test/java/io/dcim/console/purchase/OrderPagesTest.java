package io.dcim.console.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.procurement.order.NewOrder;
import io.dcim.procurement.order.OrderStatus;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.wicket.authorization.UnauthorizedInstantiationException;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;

public class OrderPagesTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static Services seeded(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        return services;
    }

    /** A request for {@code quantity} 8-GPU servers, submitted by ops and approved by as many managers as it needs. */
    static PurchaseRequest approved(Services services, int quantity, String unitPrice) {
        long site = services.sites().sites().get(0).getId();
        long model = services.catalog().deviceModels().stream().filter(m -> m.getModel().startsWith("PowerEdge XE9680"))
                .findFirst().orElseThrow().getId();
        var procurement = services.procurement();
        PurchaseRequest r = procurement.requests().create("ops-req", RequestDraft.equipment("Eight-GPU servers "
                + SEQUENCE.incrementAndGet(), "Tenants are queueing", site,
                List.of(LineInput.equipment(model, quantity, new BigDecimal(unitPrice), new BigDecimal("0.13")))));
        r = procurement.approvals().submit(r.getId(), r.getVersion(), "ops-req", null);
        r = procurement.approvals().approve(r.getId(), r.getVersion(), "mgr-a", "fits");
        if (r.getStatus() != RequestStatus.APPROVED) {
            r = procurement.approvals().approve(r.getId(), r.getVersion(), "mgr-b", "fits");
        }
        return r;
    }

    /** An order for an approved request of {@code quantity} 8-GPU servers (other page tests use it too). */
    public static PurchaseOrder ordered(Services services, int quantity, String unitPrice) {
        PurchaseRequest r = approved(services, quantity, unitPrice);
        return services.procurement().orders().place(r.getId(), r.getVersion(), new NewOrder(
                services.procurement().suppliers().all().get(0).id(), "PO-T-" + SEQUENCE.incrementAndGet(), LocalDate.now()),
                "mgr-a");
    }

    private static long devices(Services services) {
        return services.deviceQueries().page(DeviceFilter.all(), PageRequest.first(1, "assetTag")).total();
    }

    @BothDatabases
    void aManagerOrdersAnApprovedRequestFromItsPageAndAnAnalystCannot(Database db) {
        Services services = seeded(db);
        PurchaseRequest request = approved(services, 2, "1850000.00");
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(PurchaseRequestPage.class, request.getId());
            tester.assertVisible("placeOrder");
            tester.assertInvisible("order");
            FormTester blank = tester.newFormTester("placeOrder");
            blank.select("supplier", 0);
            blank.submit();
            // Beside the order number, in words.
            assertThat(tester.getFeedbackMessages(m -> m.getLevel() == FeedbackMessage.ERROR)).singleElement().satisfies(m -> {
                assertThat(m.getReporter()).isSameAs(tester.getComponentFromLastRenderedPage("placeOrder:orderNumber"));
                assertThat(m.getMessage().toString()).isEqualTo("Required");
            });

            tester.fill("placeOrder", Map.of("orderNumber", "PO-2026-0042", "orderDate", LocalDate.now().toString()))
                    .select("supplier", 0).submit();
            tester.assertRenderedPage(OrderPage.class);
            tester.assertContains("Order PO-2026-0042");
            tester.assertContains("Nothing has arrived yet");
            tester.assertInvisible("receive"); // receiving is for ops
        }
        assertThat(services.procurement().requests().find(request.getId()).getStatus()).isEqualTo(RequestStatus.ORDERED);
        try (var analyst = WebTesting.signedIn(services, Role.ANALYST)) {
            analyst.startPage(PurchaseRequestPage.class, request.getId());
            analyst.assertInvisible("placeOrder");
            analyst.assertVisible("order");
            analyst.clickLink("order");
            analyst.assertRenderedPage(OrderPage.class);
            analyst.assertInvisible("receive");
        }
    }

    @BothDatabases
    void opsReceiveTypedUnitsAndEveryRefusedRowIsListedWithNothingWritten(Database db) {
        Services services = seeded(db);
        PurchaseOrder order = ordered(services, 3, "1850000.00");
        String taken = services.deviceQueries().page(DeviceFilter.all(), PageRequest.first(1, "assetTag")).items().get(0)
                .serial();
        long before = devices(services);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(ReceivingPage.class, new PageParameters().set("order", order.getId()));
            tester.assertInvisible("problemTable");
            tester.fill("grid", Map.of(
                    "rows:0:assetTag", "RCV-1", "rows:0:serial", taken, "rows:0:gpuSerials", "RG-1-0 RG-1-1",
                    "rows:1:assetTag", "RCV-2", "rows:1:serial", "RCV-SN-2",
                    "rows:3:assetTag", "RCV-3", "rows:3:serial", "RCV-SN-3", "rows:3:cabinet", "NO-SUCH-CABINET",
                    "rows:3:positionU", "12")).submit("receive");

            tester.assertRenderedPage(ReceivingPage.class);
            tester.assertVisible("problemTable");
            List<ReceivingPage.ProblemRow> problems = ((ReceivingPage) tester.getLastRenderedPage()).problems();
            assertThat(problems).extracting(ReceivingPage.ProblemRow::row, ReceivingPage.ProblemRow::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "serial"),
                            org.assertj.core.groups.Tuple.tuple(4, "cabinet"));
            tester.assertContains("no cabinet NO-SUCH-CABINET");
            assertThat(devices(services)).isEqualTo(before);

            tester.fill("grid", Map.of("rows:0:serial", "RCV-SN-1", "rows:3:cabinet", "", "rows:3:positionU", ""))
                    .submit("receive");
            tester.assertRenderedPage(OrderPage.class);
            tester.assertContains("Received 3 unit\\(s\\) with 2 GPU\\(s\\)");
        }
        assertThat(devices(services)).isEqualTo(before + 3);
        assertThat(services.procurement().orders().find(order.getId()).getStatus()).isEqualTo(OrderStatus.RECEIVED);
    }

    @BothDatabases
    void aPackingListIsReceivedWhenEveryLineIsGoodAndItsBadLinesAreNamedOtherwise(Database db) throws Exception {
        Services services = seeded(db);
        PurchaseOrder order = ordered(services, 4, "1850000.00");
        Path dir = Files.createTempDirectory("packing");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "order_line,asset_tag,serial,gpu_serials\n1,PL-1,PL-SN-1,\n1,,PL-SN-2,\nx,PL-3,PL-SN-3,\n",
                StandardCharsets.UTF_8);
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "order_line,asset_tag,serial,gpu_serials\n1,PL-1,PL-SN-1,PG-1;PG-2\n1,PL-2,PL-SN-2,\n",
                StandardCharsets.UTF_8);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(ReceivingPage.class, new PageParameters().set("order", order.getId()));
            FormTester upload = tester.newFormTester("upload");
            upload.setFile("file", new org.apache.wicket.util.file.File(bad.toFile()), "text/csv");
            upload.submit("receiveFile");
            tester.assertRenderedPage(ReceivingPage.class);
            assertThat(((ReceivingPage) tester.getLastRenderedPage()).problems())
                    .extracting(ReceivingPage.ProblemRow::row, ReceivingPage.ProblemRow::column, ReceivingPage.ProblemRow::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "asset_tag", "is required"),
                            org.assertj.core.groups.Tuple.tuple(4, "order_line", "'x' is not a line number of the order"));

            tester.startPage(ReceivingPage.class, new PageParameters().set("order", order.getId()));
            upload = tester.newFormTester("upload");
            upload.setFile("file", new org.apache.wicket.util.file.File(good.toFile()), "text/csv");
            upload.setValue("note", "first pallet");
            upload.submit("receiveFile");
            tester.assertRenderedPage(OrderPage.class);
            tester.assertContains("first pallet");
            tester.assertContains("Partially received");
        }
        try (var analyst = WebTesting.signedIn(services, Role.ANALYST, Role.MANAGER)) {
            assertThatThrownBy(() -> analyst.startPage(ReceivingPage.class, new PageParameters().set("order", order.getId())))
                    .isInstanceOf(UnauthorizedInstantiationException.class);
        }
    }

    @BothDatabases
    void anInvoiceThatDiffersFromTheOrderIsRecordedWithItsWarning(Database db) {
        Services services = seeded(db);
        PurchaseOrder order = ordered(services, 2, "1000000.00");
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(OrderPage.class, order.getId());
            tester.assertContains("not yet invoiced");
            tester.fill("recordInvoice", Map.of("invoiceDate", "31/12/2026", "invoiceAmount", "2260000.00")).submit();
            assertThat(tester.getFeedbackMessages(m -> m.getLevel() == FeedbackMessage.ERROR)).singleElement().satisfies(m -> {
                assertThat(m.getReporter()).isSameAs(tester.getComponentFromLastRenderedPage("recordInvoice:invoiceDate"));
                assertThat(m.getMessage().toString()).isEqualTo("'31/12/2026' is not a date; use YYYY-MM-DD");
            });

            tester.fill("recordInvoice", Map.of("invoiceNumber", "FP-88", "invoiceDate", LocalDate.now().toString(),
                    "invoiceAmount", "2,260,100.00")).submit();
            tester.assertRenderedPage(OrderPage.class);
            tester.assertContains("differs from the order total");
            tester.assertContains("FP-88");
        }
        assertThat(services.procurement().orders().find(order.getId()).getInvoiceAmount())
                .isEqualByComparingTo("2260100.00");
    }

    @BothDatabases
    void aChineseSessionReadsTheInvoiceWarningAndTheDateRefusalInChinese(Database db) {
        Services services = seeded(db);
        PurchaseOrder order = ordered(services, 2, "1000000.00");
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.getSession().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            tester.startPage(OrderPage.class, order.getId());
            tester.fill("recordInvoice", Map.of("invoiceDate", "31/12/2026", "invoiceAmount", "2260000.00")).submit();
            assertThat(tester.getFeedbackMessages(m -> m.getLevel() == FeedbackMessage.ERROR)).singleElement()
                    .satisfies(m -> assertThat(m.getMessage().toString())
                            .isEqualTo("“31/12/2026”不是有效的日期，请按 YYYY-MM-DD 格式填写"));

            tester.fill("recordInvoice", Map.of("invoiceNumber", "FP-89", "invoiceDate", LocalDate.now().toString(),
                    "invoiceAmount", "2,260,100.00")).submit();
            tester.assertRenderedPage(OrderPage.class);
            assertThat(tester.getLastResponseAsString()).contains("与订单总额").doesNotContain("differs from the order total");
        }
    }
}
