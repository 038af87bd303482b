package io.dcim.power.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * How a catalog model is powered: how many supplies it has and how many it needs to keep running (4+4 is 8 and 4,
 * N+1 is N+1 and N). A model without one is single-corded.
 */
@Entity
@Audited
@Table(name = "power_supply_spec")
public class SupplySpec extends ChainPart {

    @Column(name = "device_model_id")
    private long deviceModelId;
    private int supplies;
    private int needed;

    protected SupplySpec() {
    }

    SupplySpec(long deviceModelId) {
        this.deviceModelId = deviceModelId;
    }

    public long getDeviceModelId() { return deviceModelId; }
    public int getSupplies() { return supplies; }
    public int getNeeded() { return needed; }

    void set(int supplies, int needed) {
        this.supplies = supplies;
        this.needed = needed;
    }
}
