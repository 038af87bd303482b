package io.dcim.console.purchase;

import io.dcim.app.Services;
import io.dcim.common.error.NotFoundException;
import io.dcim.procurement.order.PurchaseOrder;
import org.apache.wicket.RestartResponseException;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;

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
        return LoadableDetachableModel.of(() -> {
            try {
                return services.procurement().orders().find(orderId);
            } catch (NotFoundException e) {
                throw new AbortWithHttpErrorCodeException(404, e.getMessage());
            }
        });
    }
}
