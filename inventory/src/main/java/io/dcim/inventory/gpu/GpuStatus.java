package io.dcim.inventory.gpu;

/** The state of one accelerator card. */
public enum GpuStatus {
    IN_SERVICE,
    FAULTY,
    SPARE
}
