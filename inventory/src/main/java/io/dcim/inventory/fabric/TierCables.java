package io.dcim.inventory.fabric;

/** The links of one tier by length class: DAC in a cabinet, AOC along a row, fibre with optics beyond. */
public record TierCables(FabricTier tier, long dac, long aoc, long optics) implements java.io.Serializable {

    public long total() {
        return dac + aoc + optics;
    }
}
