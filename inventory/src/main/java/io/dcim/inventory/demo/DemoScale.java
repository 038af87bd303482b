package io.dcim.inventory.demo;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.util.Locale;

/**
 * How much demo data to seed into an empty database. The layout is the flagship site of
 * DOMAIN.md: halls of 20-cabinet rows, 20 kW cabinets.
 */
public enum DemoScale {
    OFF(0, 0, 0, false),
    /** 2 halls × 5 rows × 20 cabinets = 200 cabinets, some left empty for growth. */
    SMALL(2, 5, 20, true),
    /** 10 halls × 20 rows × 20 cabinets = 4,000 cabinets, ~8,000 PDUs, ~57,600 GPUs. */
    FULL(10, 20, 20, false);

    final int rooms;
    final int rowsPerRoom;
    final int cabinetsPerRow;
    final boolean leavesGrowthSpace;

    DemoScale(int rooms, int rowsPerRoom, int cabinetsPerRow, boolean leavesGrowthSpace) {
        this.rooms = rooms;
        this.rowsPerRoom = rowsPerRoom;
        this.cabinetsPerRow = cabinetsPerRow;
        this.leavesGrowthSpace = leavesGrowthSpace;
    }

    public int cabinets() {
        return rooms * rowsPerRoom * cabinetsPerRow;
    }

    public static DemoScale parse(String value) {
        if (value == null || value.isBlank()) {
            return SMALL;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("DCIM_DEMO", Message.of("inventory.demo.unknownScale", value));
        }
    }
}
