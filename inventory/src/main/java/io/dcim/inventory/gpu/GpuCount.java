package io.dcim.inventory.gpu;

import java.io.Serializable;

/** How many cards of one model, in one status, serve one tenant (null: none) at a site. */
public record GpuCount(String model, GpuStatus status, String tenant, long count) implements Serializable {
}
