package io.dcim.power.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/**
 * One power supply of a device (numbered from 1), the feed it is plugged into and, when recorded, the outlet of
 * the feed's PDU (whose metered power is then the supply's load).
 */
@Entity
@Audited
@Table(name = "power_device_supply")
public class DeviceSupply extends ChainPart {

    @Column(name = "device_id")
    private long deviceId;
    @Column(name = "supply_index")
    private int supplyIndex;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "feed_id")
    private PowerFeed feed;
    @Column(name = "pdu_outlet")
    private Integer outlet;

    protected DeviceSupply() {
    }

    DeviceSupply(long deviceId, int supplyIndex) {
        this.deviceId = deviceId;
        this.supplyIndex = supplyIndex;
    }

    public long getDeviceId() { return deviceId; }
    public int getSupplyIndex() { return supplyIndex; }
    public PowerFeed getFeed() { return feed; }
    public Integer getOutlet() { return outlet; }

    void plugInto(PowerFeed feed, Integer outlet) {
        this.feed = feed;
        this.outlet = outlet;
    }
}
