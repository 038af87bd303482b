package io.dcim.console.purchase;

import static io.dcim.console.layout.UrlParams.idOr;

import io.dcim.app.Services;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.console.layout.Found;
import org.apache.wicket.model.IModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** A purchase order by its id, loaded per request: an order that does not exist answers 404. */
final class OrderModel {

    private OrderModel() {
    }

    /** The order named by the URL's {@code parameter}; without one the user goes back to the purchase list. */
    static IModel<PurchaseOrder> of(PageParameters parameters, String parameter, Services services) {
        long orderId = idOr(parameters, parameter, PurchaseListPage.class);
        return Found.model(() -> services.procurement().orders().find(orderId));
    }
}
