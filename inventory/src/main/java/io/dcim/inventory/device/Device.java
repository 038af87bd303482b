package io.dcim.inventory.device;

import io.dcim.common.edit.Editable;
import io.dcim.common.persistence.Timestamped;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.tenant.Tenant;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A piece of the operator's hardware. Placement and status are changed by
 * {@link DeviceService} (and the demo loader), both of which first ask
 * {@link CabinetContents} whether the rack rules allow it.
 */
@Entity
@Audited
@Table(name = "device")
public class Device extends Timestamped implements Editable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_seq")
    @SequenceGenerator(name = "device_seq", sequenceName = "device_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    private String assetTag;
    /** Upper-cased copy behind the unique index: tags and serials are unique ignoring case. */
    private String assetTagKey;
    private String serial;
    private String serialKey;
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private DeviceModel model;

    /** The room the device is in: its cabinet's room, or the room of a floor-standing unit. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY)
    private Cabinet cabinet;

    /** Lowest unit the device takes, 1 at the bottom; null for 0U and unracked devices. */
    @Column(name = "position_u")
    private Integer positionU;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Face face;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private LifecycleStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    private Tenant tenant;

    private String notes;

    /** Derived from the server's cards by the GPU service: read by per-site totals. */
    @NotAudited
    private int gpuCount;
    @NotAudited
    private int gpusInService;
    @NotAudited
    private int gpusAllocated;

    protected Device() {
    }

    public Device(String assetTag, String serial, DeviceModel model, LifecycleStatus status) {
        this.assetTag = assetTag;
        this.serial = serial;
        this.model = model;
        this.status = status;
    }

    public static String key(String value) {
        return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void normalizeKeys() {
        assetTagKey = key(assetTag);
        serialKey = key(serial);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getAssetTag() { return assetTag; }
    public void setAssetTag(String assetTag) { this.assetTag = assetTag; }
    public String getSerial() { return serial; }
    public void setSerial(String serial) { this.serial = serial; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public DeviceModel getModel() { return model; }
    public Room getRoom() { return room; }
    public Cabinet getCabinet() { return cabinet; }
    public Integer getPositionU() { return positionU; }
    public Face getFace() { return face; }
    public LifecycleStatus getStatus() { return status; }
    public Tenant getTenant() { return tenant; }
    public void setTenant(Tenant tenant) { this.tenant = tenant; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public int getGpuCount() { return gpuCount; }
    public int getGpusInService() { return gpusInService; }
    public int getGpusAllocated() { return gpusAllocated; }

    /** Written only by the GPU service and the demo loader, from the server's cards. */
    public void setGpuCounts(int count, int inService, int allocated) {
        this.gpuCount = count;
        this.gpusInService = inService;
        this.gpusAllocated = allocated;
    }

    /** Display label: the host name where there is one, else the asset tag. */
    public String getLabel() {
        return name == null || name.isBlank() ? assetTag : name;
    }

    public void placeIn(Cabinet cabinet, Integer positionU, Face face) {
        this.cabinet = cabinet;
        this.room = cabinet.getRoom();
        this.positionU = positionU;
        this.face = face;
    }

    public void placeOnFloor(Room room) {
        this.cabinet = null;
        this.room = room;
        this.positionU = null;
        this.face = null;
    }

    public void unplace() {
        this.cabinet = null;
        this.room = null;
        this.positionU = null;
        this.face = null;
    }

    public void setStatus(LifecycleStatus status) {
        this.status = status;
    }
}
