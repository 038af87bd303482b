package io.dcim.power.chain;

import io.dcim.power.endpoint.Feed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A circuit from a panel's breaker to one cabinet, on side A or B, with the rack PDU that meters it when there is
 * one. Voltage is line to neutral for a single-phase feed, line to line for a three-phase one.
 */
@Entity
@Audited
@Table(name = "power_feed")
public class PowerFeed extends ChainPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id")
    private PowerPanel panel;
    @Column(name = "cabinet_id")
    private long cabinetId;
    private String name;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Feed side;
    private int phases;
    @Column(name = "voltage_v")
    private int voltageV;
    @Column(name = "breaker_rating_a")
    private int breakerRatingA;
    @Column(name = "pdu_target_id")
    private Long pduTargetId;

    protected PowerFeed() {
    }

    PowerFeed(PowerPanel panel, long cabinetId) {
        this.panel = panel;
        this.cabinetId = cabinetId;
    }

    public PowerPanel getPanel() { return panel; }
    public long getCabinetId() { return cabinetId; }
    public String getName() { return name; }
    public Feed getSide() { return side; }
    public int getPhases() { return phases; }
    public int getVoltageV() { return voltageV; }
    public int getBreakerRatingA() { return breakerRatingA; }
    public Long getPduTargetId() { return pduTargetId; }

    void describe(PowerPanel fromPanel, long toCabinetId, String name, Feed side, int phases, int voltageV,
                  int breakerRatingA, Long pduTargetId) {
        this.panel = fromPanel;
        this.cabinetId = toCabinetId;
        this.name = name;
        this.side = side;
        this.phases = phases;
        this.voltageV = voltageV;
        this.breakerRatingA = breakerRatingA;
        this.pduTargetId = pduTargetId;
    }
}
