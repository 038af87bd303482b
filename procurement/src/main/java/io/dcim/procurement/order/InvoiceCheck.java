package io.dcim.procurement.order;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The three figures finance compares before paying — what was ordered, what arrived and what
 * is invoiced, all gross — and, as sentences, every pair that differs by more than a fen.
 *
 * <p>Not a record on purpose: the API answers it as JSON from its bean getters, and a record
 * would also write each warning's key and arguments; the answer stays {@code orderId, ordered,
 * received, invoiced, warnings} with the warnings in English.
 */
public final class InvoiceCheck implements Serializable {

    private final long orderId;
    private final BigDecimal ordered;
    private final BigDecimal received;
    private final BigDecimal invoiced;
    private final List<Message> concerns;

    /** @param invoiced the invoice total, or {@code null} before the invoice is recorded */
    public InvoiceCheck(long orderId, BigDecimal ordered, BigDecimal received, BigDecimal invoiced, List<Message> concerns) {
        this.orderId = orderId;
        this.ordered = ordered;
        this.received = received;
        this.invoiced = invoiced;
        this.concerns = List.copyOf(concerns);
    }

    public long orderId() {
        return orderId;
    }

    public BigDecimal ordered() {
        return ordered;
    }

    public BigDecimal received() {
        return received;
    }

    public BigDecimal invoiced() {
        return invoiced;
    }

    public List<Message> concerns() {
        return concerns;
    }

    /** The differences in English, as the API and the log read them. */
    public List<String> warnings() {
        return warnings(Locale.ROOT);
    }

    public List<String> warnings(Locale locale) {
        return concerns.stream().map(m -> Messages.text(m, locale)).toList();
    }

    public boolean matches() {
        return concerns.isEmpty();
    }

    public long getOrderId() {
        return orderId;
    }

    public BigDecimal getOrdered() {
        return ordered;
    }

    public BigDecimal getReceived() {
        return received;
    }

    public BigDecimal getInvoiced() {
        return invoiced;
    }

    public List<String> getWarnings() {
        return warnings();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InvoiceCheck c && orderId == c.orderId && Objects.equals(ordered, c.ordered)
                && Objects.equals(received, c.received) && Objects.equals(invoiced, c.invoiced)
                && concerns.equals(c.concerns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, ordered, received, invoiced, concerns);
    }

    @Override
    public String toString() {
        return "InvoiceCheck[orderId=" + orderId + ", ordered=" + ordered + ", received=" + received + ", invoiced="
                + invoiced + ", warnings=" + warnings() + "]";
    }
}
