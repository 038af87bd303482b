package io.dcim.inventory.fabric;

/** Ports of one switch layer: how many there are and how many the plan cables. */
public record PortUse(int switches, long total, long used) implements java.io.Serializable {

    public long spare() {
        return total - used;
    }
}
