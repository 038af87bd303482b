package io.dcim.procurement.receiving;

import io.dcim.procurement.order.OrderLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One unit of a delivery and the inventory device it became. */
@Entity
@Immutable
@Table(name = "goods_receipt_unit")
public class ReceiptUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goods_receipt_unit_seq")
    @SequenceGenerator(name = "goods_receipt_unit_seq", sequenceName = "goods_receipt_unit_seq", allocationSize = 50)
    private Long id;

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

    public Long getId() { return id; }
    public GoodsReceipt getReceipt() { return receipt; }
    public OrderLine getOrderLine() { return orderLine; }
    public long getDeviceId() { return deviceId; }
    public int getGpuCount() { return gpuCount; }
}
