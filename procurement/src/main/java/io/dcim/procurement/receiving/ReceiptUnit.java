package io.dcim.procurement.receiving;

import io.dcim.common.persistence.Identified;
import io.dcim.procurement.order.OrderLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One unit of a delivery and the inventory device it became. */
@Entity
@Immutable
@Table(name = "goods_receipt_unit")
public class ReceiptUnit extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private GoodsReceipt receipt;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private OrderLine orderLine;
    private long deviceId;
    private int gpuCount;

    protected ReceiptUnit() {
    }

    ReceiptUnit(GoodsReceipt receipt, OrderLine orderLine, long deviceId, int gpuCount) {
        this.receipt = receipt;
        this.orderLine = orderLine;
        this.deviceId = deviceId;
        this.gpuCount = gpuCount;
    }

    public GoodsReceipt getReceipt() { return receipt; }
    public OrderLine getOrderLine() { return orderLine; }
    public long getDeviceId() { return deviceId; }
    public int getGpuCount() { return gpuCount; }
}
