package io.dcim.forecasting.history;

import java.util.List;
import java.util.Locale;

/**
 * GPU model classes as capacity is sold and planned: a tenant asks for "512 H100-class GPUs", not for a
 * board revision. Models are matched by the start of their catalog name.
 */
public enum GpuClass {
    H100_CLASS("H100-class", List.of("H100", "H200", "H800")),
    B200_CLASS("B200-class", List.of("B100", "B200", "GB200")),
    A100_CLASS("A100-class", List.of("A100", "A800")),
    INFERENCE("Inference (H20/L20/A30/A10/T4)", List.of("H20", "L20", "A30", "A10", "T4")),
    RTX_CLASS("RTX-class", List.of("RTX")),
    V100_CLASS("V100-class", List.of("V100")),
    DOMESTIC("Domestic accelerators (DCU)", List.of("DCU")),
    OTHER("Other", List.of());

    /** The gpu_class value of totals over all classes, and of resources that have none. */
    public static final String ALL = "ALL";

    private final String label;
    private final List<String> prefixes;

    GpuClass(String label, List<String> prefixes) {
        this.label = label;
        this.prefixes = prefixes;
    }

    public String label() {
        return label;
    }

    /** The class of a catalog GPU model name; the longest matching prefix wins (H200 before H20). */
    public static GpuClass of(String gpuModelName) {
        String name = gpuModelName == null ? "" : gpuModelName.trim().toUpperCase(Locale.ROOT);
        GpuClass best = OTHER;
        int bestLength = 0;
        for (GpuClass c : values()) {
            for (String prefix : c.prefixes) {
                if (name.startsWith(prefix) && prefix.length() > bestLength) {
                    best = c;
                    bestLength = prefix.length();
                }
            }
        }
        return best;
    }
}
