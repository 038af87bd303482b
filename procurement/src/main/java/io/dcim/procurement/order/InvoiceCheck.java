package io.dcim.procurement.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * The three figures finance compares before paying — what was ordered, what arrived and what
 * is invoiced, all gross — and, in words, every pair that differs by more than a fen.
 *
 * @param invoiced the invoice total, or {@code null} before the invoice is recorded
 */
public record InvoiceCheck(long orderId, BigDecimal ordered, BigDecimal received, BigDecimal invoiced,
                           List<String> warnings) {

    public boolean matches() {
        return warnings.isEmpty();
    }
}
