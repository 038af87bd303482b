package io.dcim.procurement.order;

import java.time.LocalDate;

/** What it takes to order an approved request: the supplier, its order number and the order date. */
public record NewOrder(Long supplierId, String orderNumber, LocalDate orderDate) {
}
