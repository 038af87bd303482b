package io.dcim.inventory.gpu;

import io.dcim.common.edit.Editable;
import io.dcim.common.persistence.Timestamped;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One accelerator card: tracked on its own because cards fail, move and are billed by the hour. */
@Entity
@Audited
@Table(name = "gpu")
public class Gpu extends Timestamped implements Editable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gpu_seq")
    @SequenceGenerator(name = "gpu_seq", sequenceName = "gpu_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    private String serial;
    private String serialKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "gpu_model_id")
    private GpuModel model;

    /** The server the card sits in; null for a card on the shelf. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "device_id")
    private Device server;

    /** Derived: the site of the server's room, for per-site figures without joins. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Site site;

    private Integer slotIndex;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private GpuStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    private Tenant tenant;

    protected Gpu() {
    }

    public Gpu(String serial, GpuModel model, GpuStatus status) {
        this.serial = serial;
        this.model = model;
        this.status = status;
    }

    @PrePersist
    @PreUpdate
    void normalizeKey() {
        serialKey = Device.key(serial);
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getSerial() { return serial; }
    public GpuModel getModel() { return model; }
    public Device getServer() { return server; }
    public Integer getSlotIndex() { return slotIndex; }
    public Site getSite() { return site; }
    public GpuStatus getStatus() { return status; }
    public void setStatus(GpuStatus status) { this.status = status; }
    public Tenant getTenant() { return tenant; }
    public void setTenant(Tenant tenant) { this.tenant = tenant; }

    public void fitInto(Device server, Integer slotIndex) {
        this.server = server;
        this.slotIndex = slotIndex;
        this.site = server == null || server.getRoom() == null ? null : server.getRoom().getSite();
    }
}
