package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

/**
 * Where things stand: servers fill cabinets in order ({@code serversPerCabinet}), cabinets fill
 * rows ({@code cabinetsPerRow}). Leaves sit either in a network cabinet in the row of their
 * scalable unit's first server ({@code leavesInServerRows}) or with the spines; spines and
 * super-spines fill network cabinets ({@code switchesPerCabinet}) in rows of their own after the
 * server rows.
 */
public record Placement(int serversPerCabinet, int cabinetsPerRow, boolean leavesInServerRows, int switchesPerCabinet)
        implements java.io.Serializable {

    public Placement {
        positive("serversPerCabinet", serversPerCabinet);
        positive("cabinetsPerRow", cabinetsPerRow);
        positive("switchesPerCabinet", switchesPerCabinet);
    }

    /** Four 8-GPU servers in a cabinet, 16-cabinet rows, leaves in their unit's row, 16 switches a network cabinet. */
    public static Placement superPodLike() {
        return new Placement(4, 16, true, 16);
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new InvalidValueException(field, Message.of("inventory.fabric.atLeastOne", value));
        }
    }
}
