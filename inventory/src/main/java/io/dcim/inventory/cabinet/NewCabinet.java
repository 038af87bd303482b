package io.dcim.inventory.cabinet;

/** What it takes to register a cabinet; null height and power take the defaults (42U, 20 kW). */
public record NewCabinet(long rowId, String name, int position, Integer heightU, Integer contractedW, Lease lease) {
}
