package io.dcim.inventory.cabinet;

/** The editable facts of a cabinet. */
public record CabinetEdit(String name, int position, int heightU, int contractedW, Lease lease) {
}
