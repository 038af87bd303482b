package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.console.layout.Found;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.model.IModel;

/** A purchase order by its id, loaded per request: an order that does not exist answers 404. */
final class OrderModel {

    private OrderModel() {
    }

    /** @param id the order's id from the URL; without one the user goes back to the purchase list */
    static IModel<PurchaseOrder> of(Long id, Services services) {
        if (id == null) {
            throw new RestartResponseException(PurchaseListPage.class);
        }
        long orderId = id;
        return Found.model(() -> services.procurement().orders().find(orderId));
    }
}
