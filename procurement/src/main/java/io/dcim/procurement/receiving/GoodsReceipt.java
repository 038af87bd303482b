package io.dcim.procurement.receiving;

import io.dcim.common.persistence.Identified;
import io.dcim.procurement.order.PurchaseOrder;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A delivery against an order, as recorded at the dock. Written once. */
@Entity
@Immutable
@Table(name = "goods_receipt")
public class GoodsReceipt extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseOrder order;
    private LocalDate receivedOn;
    private String receivedBy;
    private Instant recordedAt;
    private String note;

    protected GoodsReceipt() {
    }

    GoodsReceipt(PurchaseOrder order, LocalDate receivedOn, String receivedBy, Instant recordedAt, String note) {
        this.order = order;
        this.receivedOn = receivedOn;
        this.receivedBy = receivedBy;
        this.recordedAt = recordedAt;
        this.note = note;
    }

    public PurchaseOrder getOrder() { return order; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public String getReceivedBy() { return receivedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getNote() { return note; }
}
