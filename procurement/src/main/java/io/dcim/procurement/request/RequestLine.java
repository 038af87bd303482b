package io.dcim.procurement.request;

import io.dcim.common.persistence.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * One line of a request. An equipment line is a catalog device model × quantity × unit price;
 * an outsourced compute line is a number of GPUs of a model for a term at a monthly price
 * (the price of all the line's GPUs together). Prices are net of VAT, in CNY.
 */
@Entity
@Audited
@Table(name = "purchase_request_line")
public class RequestLine extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseRequest request;

    private int lineNo;
    private String description;
    private Long deviceModelId;
    private Integer quantity;
    private BigDecimal unitPrice;
    private Integer warrantyMonths;
    private Long gpuModelId;
    private Integer gpuCount;
    private Integer termMonths;
    private BigDecimal monthlyPrice;
    private BigDecimal vatRate;
    private BigDecimal netAmount;
    private BigDecimal vatAmount;
    private BigDecimal grossAmount;

    /** A checked line as the service hands it over. */
    record Values(String description, Long deviceModelId, Integer quantity, BigDecimal unitPrice, Integer warrantyMonths,
                  Long gpuModelId, Integer gpuCount, Integer termMonths, BigDecimal monthlyPrice, BigDecimal vatRate) {

        LineAmounts amounts() {
            return deviceModelId != null
                    ? LineAmounts.of(quantity, unitPrice, vatRate)
                    : LineAmounts.of(termMonths, monthlyPrice, vatRate);
        }
    }

    protected RequestLine() {
    }

    RequestLine(PurchaseRequest request, int lineNo, Values values) {
        this.request = request;
        assign(lineNo, values);
    }

    final void assign(int lineNo, Values v) {
        this.lineNo = lineNo;
        this.description = v.description();
        this.deviceModelId = v.deviceModelId();
        this.quantity = v.quantity();
        this.unitPrice = v.unitPrice();
        this.warrantyMonths = v.warrantyMonths();
        this.gpuModelId = v.gpuModelId();
        this.gpuCount = v.gpuCount();
        this.termMonths = v.termMonths();
        this.monthlyPrice = v.monthlyPrice();
        this.vatRate = v.vatRate();
        LineAmounts amounts = v.amounts();
        this.netAmount = amounts.net();
        this.vatAmount = amounts.vat();
        this.grossAmount = amounts.gross();
    }

    public PurchaseRequest getRequest() { return request; }
    public int getLineNo() { return lineNo; }
    public String getDescription() { return description; }
    public Long getDeviceModelId() { return deviceModelId; }
    public Integer getQuantity() { return quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public Integer getWarrantyMonths() { return warrantyMonths; }
    public Long getGpuModelId() { return gpuModelId; }
    public Integer getGpuCount() { return gpuCount; }
    public Integer getTermMonths() { return termMonths; }
    public BigDecimal getMonthlyPrice() { return monthlyPrice; }
    public BigDecimal getVatRate() { return vatRate; }
    public BigDecimal getNetAmount() { return netAmount; }
    public BigDecimal getVatAmount() { return vatAmount; }
    public BigDecimal getGrossAmount() { return grossAmount; }
    public LineAmounts amounts() { return new LineAmounts(netAmount, vatAmount, grossAmount); }
    public boolean isEquipment() { return deviceModelId != null; }
}
