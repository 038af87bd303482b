package io.dcim.procurement.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the order list. A value, safe to keep in a page. */
public record OrderSummary(long id, int version, String orderNumber, LocalDate orderDate, long requestId,
                           String requestTitle, long supplierId, String supplierName, OrderStatus status,
                           BigDecimal grossTotal, BigDecimal invoiceAmount) implements Serializable {
}
