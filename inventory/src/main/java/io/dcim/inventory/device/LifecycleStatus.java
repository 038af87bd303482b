package io.dcim.inventory.device;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a device is in its life. The allowed moves follow how hardware really travels:
 * a device is racked before it serves, goes to maintenance and back, and is disposed of
 * only after it has been decommissioned.
 */
public enum LifecycleStatus {
    ORDERED,
    RECEIVED,
    INSTALLED,
    IN_SERVICE,
    MAINTENANCE,
    DECOMMISSIONED,
    DISPOSED;

    public Set<LifecycleStatus> next() {
        return switch (this) {
            case ORDERED -> EnumSet.of(RECEIVED);
            case RECEIVED -> EnumSet.of(INSTALLED, DECOMMISSIONED);
            case INSTALLED -> EnumSet.of(IN_SERVICE, MAINTENANCE, DECOMMISSIONED);
            case IN_SERVICE -> EnumSet.of(MAINTENANCE, DECOMMISSIONED);
            case MAINTENANCE -> EnumSet.of(IN_SERVICE, INSTALLED, DECOMMISSIONED);
            case DECOMMISSIONED -> EnumSet.of(INSTALLED, DISPOSED);
            case DISPOSED -> EnumSet.noneOf(LifecycleStatus.class);
        };
    }

    public boolean canMoveTo(LifecycleStatus target) {
        return next().contains(target);
    }

    /** States in which a device must sit in a cabinet (or a room, for floor-standing units). */
    public boolean requiresLocation() {
        return this == INSTALLED || this == IN_SERVICE || this == MAINTENANCE;
    }

    /** States whose power counts against the cabinet's contract: a decommissioned device is off. */
    public boolean drawsPower() {
        return this == RECEIVED || requiresLocation();
    }

    /** States in which a device may not be in a cabinet at all. */
    public boolean forbidsLocation() {
        return this == ORDERED || this == DISPOSED;
    }
}
