package io.dcim.procurement.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * What other modules ask about orders (what is still to arrive, what a model cost last), answered here so that no
 * query outside procurement names an order's fields.
 */
public final class OrderDirectory {

    /**
     * Units of a catalog model still to be delivered on an open order line, with what tells when they arrive: the
     * request's expected delivery, else the order date plus the supplier's lead time.
     */
    public record OpenLine(int outstanding, long deviceModelId, LocalDate orderDate, int leadTimeDays,
                           LocalDate expectedDelivery) {

        public LocalDate arrival() {
            return expectedDelivery != null ? expectedDelivery : orderDate.plusDays(leadTimeDays);
        }
    }

    /** The net unit price of a model's most recent order line, and its supplier's id and lead time. */
    public record LastOrder(BigDecimal unitPrice, long supplierId, int leadTimeDays) {
    }

    private OrderDirectory() {
    }

    /** The open lines of orders whose request is for the site. */
    public static List<OpenLine> openLinesForSite(Session session, long siteId) {
        return session.createQuery("select new io.dcim.procurement.order.OrderDirectory$OpenLine("
                        + "ol.quantity - ol.receivedQuantity, ol.deviceModelId, po.orderDate, s.leadTimeDays,"
                        + " r.expectedDelivery) from OrderLine ol join ol.order po join po.request r join po.supplier s"
                        + " where r.siteId = :site and po.status <> :received and ol.quantity > ol.receivedQuantity",
                        OpenLine.class)
                .setParameter("site", siteId).setParameter("received", OrderStatus.RECEIVED).getResultList();
    }

    /** The model's most recent order line (latest order date, then latest order), if it was ever ordered. */
    public static Optional<LastOrder> lastOrderOf(Session session, long deviceModelId) {
        return session.createQuery("select new io.dcim.procurement.order.OrderDirectory$LastOrder(ol.unitPrice, s.id,"
                        + " s.leadTimeDays) from OrderLine ol join ol.order po join po.supplier s"
                        + " where ol.deviceModelId = :model order by po.orderDate desc, po.id desc", LastOrder.class)
                .setParameter("model", deviceModelId).setMaxResults(1).getResultStream().findFirst();
    }
}
