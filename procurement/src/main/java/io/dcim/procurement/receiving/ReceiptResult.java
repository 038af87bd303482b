package io.dcim.procurement.receiving;

import io.dcim.procurement.order.InvoiceCheck;
import io.dcim.procurement.order.OrderStatus;
import io.dcim.procurement.request.RequestStatus;
import java.util.List;

/** What a delivery did: the receipt, the devices and assets it created, and where order and request now stand. */
public record ReceiptResult(long receiptId, List<Long> deviceIds, List<Long> assetIds, int gpus, OrderStatus orderStatus,
                            RequestStatus requestStatus, InvoiceCheck invoice) {
}
