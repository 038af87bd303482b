package io.dcim.inventory.port;

import io.dcim.common.persistence.VersionedEntity;
import io.dcim.inventory.catalog.DeviceModel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A group of like ports on a device model: {@code count} ports named prefix1..prefixN. A
 * patch panel's front template {@code mapsToRear}: its ports are spread evenly over the rear
 * ports (24 LC fronts on 4 MPO-12 rears: six positions each).
 */
@Entity
@Audited
@Table(name = "port_template")
public class PortTemplate extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private DeviceModel deviceModel;

    private String namePrefix;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PortKind kind;

    @Column(name = "port_count")
    private int count;

    private boolean breakout;

    private boolean mapsToRear;

    /** Order of the groups on the device, for naming and listing. */
    private int position;

    protected PortTemplate() {
    }

    public PortTemplate(DeviceModel deviceModel, String namePrefix, PortKind kind, int count, boolean breakout,
            boolean mapsToRear, int position) {
        this.deviceModel = deviceModel;
        this.namePrefix = namePrefix;
        this.kind = kind;
        this.count = count;
        this.breakout = breakout;
        this.mapsToRear = mapsToRear;
        this.position = position;
    }

    public DeviceModel getDeviceModel() { return deviceModel; }
    public String getNamePrefix() { return namePrefix; }
    public PortKind getKind() { return kind; }
    public int getCount() { return count; }
    public boolean isBreakout() { return breakout; }
    public boolean isMapsToRear() { return mapsToRear; }
    public int getPosition() { return position; }
}
