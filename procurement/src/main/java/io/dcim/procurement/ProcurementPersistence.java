package io.dcim.procurement;

import io.dcim.common.persistence.PersistenceUnit;
import io.dcim.procurement.asset.AssetChange;
import io.dcim.procurement.asset.AssetClassTerms;
import io.dcim.procurement.asset.FixedAsset;
import io.dcim.procurement.contract.ComputeContract;
import io.dcim.procurement.order.OrderLine;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.receiving.GoodsReceipt;
import io.dcim.procurement.receiving.ReceiptUnit;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestLine;
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.supplier.SupplierContact;
import java.util.List;

/** The procurement module's entities; their tables come from its migrations (V2026112320__procurement_schema.sql on). */
public final class ProcurementPersistence implements PersistenceUnit {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Supplier.class, SupplierContact.class, PurchaseRequest.class, RequestLine.class, TimelineEntry.class,
                PurchaseOrder.class, OrderLine.class, GoodsReceipt.class, ReceiptUnit.class, FixedAsset.class,
                AssetChange.class, AssetClassTerms.class, ComputeContract.class);
    }
}
