package io.dcim.procurement.order;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Identified;
import io.dcim.procurement.request.LineAmounts;
import io.dcim.procurement.request.RequestLine;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** One line of an order: a device model, how many were ordered at what price, and how many have arrived. */
@Entity
@Audited
@Table(name = "purchase_order_line")
public class OrderLine extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseOrder order;

    private int lineNo;
    private Long requestLineId;
    private String description;
    private long deviceModelId;
    private int quantity;
    private int receivedQuantity;
    /** Net of VAT, CNY. */
    private BigDecimal unitPrice;
    private BigDecimal vatRate;
    private Integer warrantyMonths;
    private BigDecimal netAmount;
    private BigDecimal vatAmount;
    private BigDecimal grossAmount;

    protected OrderLine() {
    }

    OrderLine(PurchaseOrder order, RequestLine copied) {
        this.order = order;
        this.lineNo = copied.getLineNo();
        this.requestLineId = copied.getId();
        this.description = copied.getDescription();
        this.deviceModelId = copied.getDeviceModelId();
        this.quantity = copied.getQuantity();
        this.unitPrice = copied.getUnitPrice();
        this.vatRate = copied.getVatRate();
        this.warrantyMonths = copied.getWarrantyMonths();
        this.netAmount = copied.getNetAmount();
        this.vatAmount = copied.getVatAmount();
        this.grossAmount = copied.getGrossAmount();
    }

    /**
     * Counts {@code units} more as delivered.
     *
     * @throws ConflictException naming {@code units} when more would arrive than were ordered
     */
    public void receive(int units) {
        if (units < 1) {
            throw new IllegalArgumentException("units must be positive");
        }
        if (receivedQuantity + units > quantity) {
            throw new ConflictException("units", Message.of("procurement.order.overReceived", lineNo, description, quantity,
                    receivedQuantity, units, receivedQuantity + units - quantity));
        }
        receivedQuantity += units;
    }

    public LineAmounts receivedAmounts() {
        return receivedQuantity == 0 ? LineAmounts.ZERO : LineAmounts.of(receivedQuantity, unitPrice, vatRate);
    }

    public boolean isComplete() {
        return receivedQuantity == quantity;
    }

    public int outstanding() {
        return quantity - receivedQuantity;
    }

    public PurchaseOrder getOrder() { return order; }
    public int getLineNo() { return lineNo; }
    public Long getRequestLineId() { return requestLineId; }
    public String getDescription() { return description; }
    public long getDeviceModelId() { return deviceModelId; }
    public int getQuantity() { return quantity; }
    public int getReceivedQuantity() { return receivedQuantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public BigDecimal getVatRate() { return vatRate; }
    public Integer getWarrantyMonths() { return warrantyMonths; }
    public BigDecimal getNetAmount() { return netAmount; }
    public BigDecimal getVatAmount() { return vatAmount; }
    public BigDecimal getGrossAmount() { return grossAmount; }
    public LineAmounts amounts() { return new LineAmounts(netAmount, vatAmount, grossAmount); }
}
