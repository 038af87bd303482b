package io.dcim.inventory.cable;

import io.dcim.inventory.port.Port;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One end of a cable plugged into one port; the unique port key makes a port hold at most one end. */
@Entity
@Audited
@Table(name = "cable_end")
public class CableEnd {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cable_end_seq")
    @SequenceGenerator(name = "cable_end_seq", sequenceName = "cable_end_seq", allocationSize = 1000)
    private Long id;

    @Version
    @NotAudited
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Cable cable;

    /** Ports are not audited themselves; the history records which port by id. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Port port;

    /** "A" or "B"; a breakout's split side is B. */
    private String side;

    /** 1 unless this is one of a breakout's B ends. */
    private int lane;

    protected CableEnd() {
    }

    public CableEnd(Cable cable, Port port, String side, int lane) {
        this.cable = cable;
        this.port = port;
        this.side = side;
        this.lane = lane;
    }

    public Long getId() { return id; }
    public Cable getCable() { return cable; }
    public Port getPort() { return port; }
    public String getSide() { return side; }
    public int getLane() { return lane; }
}
