package io.dcim.inventory.port;

import io.dcim.inventory.device.Device;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One port of one device, made from its model's templates when the device is created. Not
 * audited: ports only follow the model; what changes (what is plugged in) is the cables' history.
 * New ports are written by {@link PortRows} in JDBC batches, not persisted one by one.
 */
@Entity
@Table(name = "port")
public class Port {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "port_seq")
    @SequenceGenerator(name = "port_seq", sequenceName = "port_seq", allocationSize = 1000)
    private Long id;

    @Version
    private int version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Device device;

    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PortKind kind;

    private boolean breakout;

    private int position;

    /** For a patch panel's front port: the rear port it is wired to behind the panel. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Port rearPort;

    /** Which position (fibre pair) of the rear port, from 1. */
    private Integer rearPosition;

    protected Port() {
    }

    public Port(Device device, String name, PortKind kind, boolean breakout, int position) {
        this.device = device;
        this.name = name;
        this.kind = kind;
        this.breakout = breakout;
        this.position = position;
    }

    public Long getId() { return id; }
    public Device getDevice() { return device; }
    public String getName() { return name; }
    public PortKind getKind() { return kind; }
    public boolean isBreakout() { return breakout; }
    public int getPosition() { return position; }
    public Port getRearPort() { return rearPort; }
    public Integer getRearPosition() { return rearPosition; }

    /** The id {@link PortRows} drew from the entity's own generator, before the row is written. */
    void assignId(long id) {
        this.id = id;
    }

    void wireBehindPanel(Port rear, int rearPosition) {
        this.rearPort = rear;
        this.rearPosition = rearPosition;
    }
}
