package io.dcim.inventory.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

/** Everything people edit on a GPU model: its power and peak throughput feed power checks and forecasts. */
public record GpuModelDetails(String name, String vendor, Integer memoryGb, int tdpW, Integer systemWPerGpu,
        BigDecimal peakBf16Tflops) implements Serializable {

    public static GpuModelDetails of(GpuModel g) {
        return new GpuModelDetails(g.getName(), g.getVendor(), g.getMemoryGb(), g.getTdpW(), g.getSystemWPerGpu(),
                g.getPeakBf16Tflops());
    }
}
