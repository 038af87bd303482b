package io.dcim.power.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A distribution panel fed by one source; its breakers feed the circuits to the cabinets. */
@Entity
@Audited
@Table(name = "power_panel")
public class PowerPanel extends ChainPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_id")
    private PowerSource source;
    private String name;
    private int phases;
    @Column(name = "voltage_v")
    private int voltageV;
    @Column(name = "rating_a")
    private int ratingA;

    protected PowerPanel() {
    }

    PowerPanel(PowerSource source) {
        this.source = source;
    }

    public PowerSource getSource() { return source; }
    public String getName() { return name; }
    public int getPhases() { return phases; }
    public int getVoltageV() { return voltageV; }
    public int getRatingA() { return ratingA; }

    void describe(PowerSource feeding, String name, int phases, int voltageV, int ratingA) {
        this.source = feeding;
        this.name = name;
        this.phases = phases;
        this.voltageV = voltageV;
        this.ratingA = ratingA;
    }
}
