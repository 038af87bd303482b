package io.dcim.procurement.order;

import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static io.dcim.procurement.testing.ProcurementFixture.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.procurement.receiving.Receipt;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

class OrderServiceTest {

    @BothDatabases
    void anApprovedRequestBecomesAnOrderWithItsLinesCopied(ProcurementFixture f) {
        PurchaseRequest approved = f.approved(2, "1500000.00");
        Supplier sitong = f.supplier("Shenzhen Sitong");

        PurchaseOrder order = f.orders.place(approved.getId(), approved.getVersion(),
                new NewOrder(sitong.getId(), "SITONG-2024-0415", f.today()), MANAGER_1);

        PurchaseOrder found = f.orders.find(order.getId());
        assertThat(found.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getQuantity()).isEqualTo(2);
            assertThat(line.getUnitPrice()).isEqualByComparingTo("1500000.00");
            assertThat(line.getReceivedQuantity()).isZero();
        });
        assertThat(found.getGrossTotal()).isEqualByComparingTo("3390000.00");
        assertThat(found.getStatus()).isEqualTo(OrderStatus.OPEN);
        assertThat(f.requests.find(approved.getId()).getStatus()).isEqualTo(RequestStatus.ORDERED);
        assertThat(f.orders.forRequest(approved.getId())).isPresent();
        assertThat(f.orders.page(OrderFilter.from(sitong.getId()), PageRequest.first(10, null)).items()).singleElement()
                .satisfies(s -> assertThat(s.supplierName()).isEqualTo("Shenzhen Sitong"));
    }

    @BothDatabases
    void onlyApprovedEquipmentRequestsAreOrderedAndOrderNumbersAreUnique(ProcurementFixture f) {
        Supplier supplier = f.supplier("Anqing Computer");
        PurchaseRequest submitted = f.submitted(f.draft(f.h100Line(1, "100.00")));
        assertThatThrownBy(() -> f.orders.place(submitted.getId(), submitted.getVersion(),
                new NewOrder(supplier.getId(), "PO-1", f.today()), MANAGER_1))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("SUBMITTED to ORDERED");

        PurchaseRequest approved = f.approved(1, "100.00");
        f.orders.place(approved.getId(), approved.getVersion(), new NewOrder(supplier.getId(), "PO-1", f.today()), MANAGER_1);
        PurchaseRequest another = f.approved(1, "100.00");
        assertThatThrownBy(() -> f.orders.place(another.getId(), another.getVersion(),
                new NewOrder(supplier.getId(), "po-1", f.today()), MANAGER_1))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("orderNumber:");
        assertThatThrownBy(() -> f.orders.place(another.getId(), another.getVersion(),
                new NewOrder(null, "PO-2", f.today()), MANAGER_1))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("supplierId:");

        PurchaseRequest outsourced = f.requests.create(REQUESTER, RequestDraft.outsourced("GPU hours", "burst",
                List.of(LineInput.outsourced("A800", f.inventory.gpuModel("A800 SXM4 80GB").getId(), 8, 12,
                        new BigDecimal("1000.00"), new BigDecimal("0.06")))));
        assertThatThrownBy(() -> f.orders.place(outsourced.getId(), outsourced.getVersion(),
                new NewOrder(supplier.getId(), "PO-3", f.today()), MANAGER_1))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("kind:");
    }

    @BothDatabases
    void anInvoiceThatDoesNotMatchTheOrderOrTheDeliveriesIsWarnedAbout(ProcurementFixture f) {
        PurchaseOrder order = f.order(f.approved(2, "100.00"));
        f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 1)), "dock-dan");
        PurchaseOrder partly = f.orders.find(order.getId());

        InvoiceCheck early = f.orders.recordInvoice(order.getId(), partly.getVersion(),
                new InvoiceInput("INV-1", f.today(), new BigDecimal("226.00")), MANAGER_1);
        assertThat(early.ordered()).isEqualByComparingTo("226.00");
        assertThat(early.received()).isEqualByComparingTo("113.00");
        assertThat(early.warnings()).containsExactly(
                "the invoice of 226.00 CNY differs from the value received so far, 113.00 CNY, by 113.00 CNY",
                "113.00 CNY of the 226.00 CNY ordered has been received");
        assertThat(early.warnings(Locale.SIMPLIFIED_CHINESE)).containsExactly(
                "发票金额 226.00 CNY 与目前已到货金额 113.00 CNY 相差 113.00 CNY",
                "订单金额 226.00 CNY 中已到货 113.00 CNY");

        var full = f.receiving.receive(order.getId(), new Receipt(f.today(), null, f.h100Units(1, 1)), "dock-dan");
        assertThat(full.invoice().matches()).isTrue();

        PurchaseOrder received = f.orders.find(order.getId());
        InvoiceCheck withinAFen = f.orders.recordInvoice(order.getId(), received.getVersion(),
                new InvoiceInput("INV-1", f.today(), new BigDecimal("226.01")), MANAGER_1);
        assertThat(withinAFen.matches()).as("a difference of one fen is tolerated").isTrue();
        InvoiceCheck off = f.orders.recordInvoice(order.getId(), f.orders.find(order.getId()).getVersion(),
                new InvoiceInput("INV-1", f.today(), new BigDecimal("230.00")), MANAGER_1);
        assertThat(off.warnings()).containsExactly(
                "the invoice of 230.00 CNY differs from the order total of 226.00 CNY by 4.00 CNY",
                "the invoice of 230.00 CNY differs from the value received so far, 226.00 CNY, by 4.00 CNY");
        assertThat(f.orders.invoiceCheck(order.getId())).isEqualTo(off);
    }
}
