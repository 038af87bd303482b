package io.dcim.power.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A site's own share of a breaker's rating that continuous load is held to; sites without one use 80 %. */
@Entity
@Audited
@Table(name = "power_chain_setting")
public class ChainSetting {

    public static final int DEFAULT_DERATE_PCT = 80;

    @Id
    @Column(name = "site_id")
    private Long siteId;

    @Version
    private int version;

    @Column(name = "derate_pct")
    private int deratePct;

    protected ChainSetting() {
    }

    ChainSetting(long siteId) {
        this.siteId = siteId;
    }

    public Long getSiteId() { return siteId; }
    public int getVersion() { return version; }
    public int getDeratePct() { return deratePct; }

    void setDeratePct(int deratePct) {
        this.deratePct = deratePct;
    }
}
