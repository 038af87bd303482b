package io.dcim.inventory.catalog;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A catalog entry: what a device of this model occupies and draws. */
@Entity
@Audited
@Table(name = "device_model")
public class DeviceModel extends VersionedEntity {

    private String manufacturer;
    private String model;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DeviceKind kind;
    /** 0 for devices mounted beside the rails (PDUs, sensors) or standing on the floor. */
    @Column(name = "height_u")
    private int heightU;
    /** A full-depth device takes its units on both faces of the cabinet. */
    private boolean fullDepth;
    @Column(name = "rated_power_w")
    private int ratedPowerW;
    @Column(name = "typical_power_w")
    private int typicalPowerW;
    private int gpuSlots;
    @ManyToOne(fetch = FetchType.LAZY)
    private GpuModel defaultGpuModel;

    protected DeviceModel() {
    }

    public DeviceModel(String manufacturer, String model, DeviceKind kind, int heightU, boolean fullDepth,
            int ratedPowerW, int typicalPowerW) {
        describe(manufacturer, model, kind, heightU, fullDepth, ratedPowerW, typicalPowerW);
    }

    public String getManufacturer() { return manufacturer; }
    public String getModel() { return model; }
    public String getDisplayName() { return manufacturer + " " + model; }
    public DeviceKind getKind() { return kind; }
    public int getHeightU() { return heightU; }
    public boolean isFullDepth() { return fullDepth; }
    public boolean isRackMounted() { return heightU > 0; }
    public int getRatedPowerW() { return ratedPowerW; }
    public int getTypicalPowerW() { return typicalPowerW; }
    public int getGpuSlots() { return gpuSlots; }
    public GpuModel getDefaultGpuModel() { return defaultGpuModel; }

    /** Written by the constructor and by the catalog's edit, which checks what may change while devices use the model. */
    void describe(String manufacturer, String model, DeviceKind kind, int heightU, boolean fullDepth, int ratedPowerW,
            int typicalPowerW) {
        this.manufacturer = manufacturer;
        this.model = model;
        this.kind = kind;
        this.heightU = heightU;
        this.fullDepth = fullDepth;
        this.ratedPowerW = ratedPowerW;
        this.typicalPowerW = typicalPowerW;
    }

    public void fitGpus(int slots, GpuModel defaultModel) {
        this.gpuSlots = slots;
        this.defaultGpuModel = defaultModel;
    }
}
