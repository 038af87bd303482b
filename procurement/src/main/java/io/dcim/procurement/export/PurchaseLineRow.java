package io.dcim.procurement.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One order line for the purchase register, with its order's figures repeated so that a line
 * can be read (and filtered in the spreadsheet) on its own.
 *
 * @param orderId       groups the lines of one order; the order-level figures are the same on each
 * @param invoiceAmount the order's invoice total (gross), or {@code null} before it is recorded
 */
public record PurchaseLineRow(long orderId, String orderNumber, LocalDate orderDate, String supplier, long requestId,
                              String requestTitle, String orderStatus, int lineNo, String description, int quantity,
                              int receivedQuantity, BigDecimal unitPrice, BigDecimal vatRate, BigDecimal net, BigDecimal vat,
                              BigDecimal gross, BigDecimal receivedGross, String invoiceNumber, BigDecimal invoiceAmount) {
}
