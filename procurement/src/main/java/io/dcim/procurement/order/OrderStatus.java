package io.dcim.procurement.order;

/** How much of an order has arrived. */
public enum OrderStatus {
    OPEN,
    PARTIALLY_RECEIVED,
    RECEIVED;

    public boolean acceptsDeliveries() {
        return this != RECEIVED;
    }
}
