package io.dcim.procurement.order;

import static io.dcim.common.access.Permission.PURCHASE_INVOICE;
import static io.dcim.common.access.Permission.PURCHASE_ORDER;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;

/** Orders as every door changes them: placing one needs {@code purchase.order}, recording an invoice {@code purchase.invoice}. */
public final class OrderFacade {

    private final OrderService orders;

    public OrderFacade(OrderService orders) {
        this.orders = orders;
    }

    public PurchaseOrder place(Caller caller, long requestId, int expectedRequestVersion, NewOrder input) {
        return UseCase.call(caller, PURCHASE_ORDER, () -> orders.place(requestId, expectedRequestVersion, input, caller.username()));
    }

    public InvoiceCheck recordInvoice(Caller caller, long orderId, int expectedVersion, InvoiceInput invoice) {
        return UseCase.call(caller, PURCHASE_INVOICE,
                () -> orders.recordInvoice(orderId, expectedVersion, invoice, caller.username()));
    }
}
