package io.dcim.inventory.device;

import io.dcim.common.persistence.Identified;
import io.dcim.inventory.cabinet.Cabinet;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record kept each time a placement went past a cabinet's contracted power. */
@Entity
@Table(name = "power_override")
public class PowerOverrideRecord extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cabinet cabinet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Device device;

    @Column(name = "typical_w_after")
    private long typicalWAfter;
    @Column(name = "contracted_w")
    private int contractedW;
    private String reason;
    private String actor;
    private Instant decidedAt;

    protected PowerOverrideRecord() {
    }

    PowerOverrideRecord(Cabinet cabinet, Device device, long typicalWAfter, PowerOverride override, Instant at) {
        this.cabinet = cabinet;
        this.device = device;
        this.typicalWAfter = typicalWAfter;
        this.contractedW = cabinet.getContractedW();
        this.reason = override.reason();
        this.actor = override.actor();
        this.decidedAt = at;
    }

    public Cabinet getCabinet() { return cabinet; }
    public Device getDevice() { return device; }
    public long getTypicalWAfter() { return typicalWAfter; }
    public int getContractedW() { return contractedW; }
    public String getReason() { return reason; }
    public String getActor() { return actor; }
    public Instant getDecidedAt() { return decidedAt; }
}
