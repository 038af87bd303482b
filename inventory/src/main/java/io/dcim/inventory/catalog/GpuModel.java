package io.dcim.inventory.catalog;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An accelerator model: its power and peak throughput feed power checks and forecasts. */
@Entity
@Audited
@Table(name = "gpu_model")
public class GpuModel extends VersionedEntity {

    private String name;
    private String vendor;
    private Integer memoryGb;
    @Column(name = "tdp_w")
    private int tdpW;
    /** All-in server watts per GPU (vendor figure), where known. */
    @Column(name = "system_w_per_gpu")
    private Integer systemWPerGpu;
    /** Dense BF16/FP16 tensor peak, TFLOP/s. */
    @Column(name = "peak_bf16_tflops")
    private BigDecimal peakBf16Tflops;

    protected GpuModel() {
    }

    public GpuModel(String name, String vendor, int tdpW) {
        this.name = name;
        this.vendor = vendor;
        this.tdpW = tdpW;
    }

    public String getName() { return name; }
    public String getVendor() { return vendor; }
    /** Written only by the catalog's edit. */
    void describe(String name, String vendor, int tdpW) {
        this.name = name;
        this.vendor = vendor;
        this.tdpW = tdpW;
    }

    public Integer getMemoryGb() { return memoryGb; }
    public void setMemoryGb(Integer memoryGb) { this.memoryGb = memoryGb; }
    public int getTdpW() { return tdpW; }
    public Integer getSystemWPerGpu() { return systemWPerGpu; }
    public void setSystemWPerGpu(Integer systemWPerGpu) { this.systemWPerGpu = systemWPerGpu; }
    public BigDecimal getPeakBf16Tflops() { return peakBf16Tflops; }
    public void setPeakBf16Tflops(BigDecimal peakBf16Tflops) { this.peakBf16Tflops = peakBf16Tflops; }
}
