package io.dcim.procurement.order;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which orders a list shows; null means any. The dates bound the order date, both days included.
 */
public record OrderFilter(OrderStatus status, Long supplierId, LocalDate orderedFrom, LocalDate orderedTo)
        implements Serializable {

    public OrderFilter {
        if (orderedFrom != null && orderedTo != null && orderedTo.isBefore(orderedFrom)) {
            throw new InvalidValueException("to", Message.of("procurement.order.rangeEndsBeforeStart",
                    orderedTo, orderedFrom));
        }
    }

    public static OrderFilter all() {
        return new OrderFilter(null, null, null, null);
    }

    public static OrderFilter from(long supplierId) {
        return new OrderFilter(null, supplierId, null, null);
    }
}
