package io.dcim.procurement.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The supplier's VAT invoice for an order: its number, date and total including VAT. */
public record InvoiceInput(String number, LocalDate date, BigDecimal amount) {
}
