package io.dcim.inventory.device;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.DeviceModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is in one cabinet, in memory, and the rack rules over it: a device fits inside the
 * cabinet, no two devices share a unit of the same face (full-depth devices take both),
 * and the typical load stays within the contracted power unless someone overrides it.
 * The device service builds it from the database; the demo loader from its plan. Both
 * obey the same rules because both call these methods.
 */
public final class CabinetContents {

    private final Cabinet cabinet;
    private final List<Device> devices;

    public CabinetContents(Cabinet cabinet, List<Device> devices) {
        this.cabinet = cabinet;
        this.devices = new ArrayList<>(devices);
    }

    public Cabinet cabinet() {
        return cabinet;
    }

    /** Checks the position and the neighbours; the device itself (when moving) is ignored. */
    public void checkSpace(Device device, DeviceModel model, Integer positionU, Face face) {
        if (!model.isRackMounted()) {
            if (face != Face.SIDE || positionU != null) {
                throw new InvalidValueException("face", model.getDisplayName()
                        + " is a 0U device: mount it on the SIDE of the cabinet without a unit");
            }
            return;
        }
        if (face == null || face == Face.SIDE) {
            throw new InvalidValueException("face", "a " + model.getHeightU() + "U device goes on the FRONT or REAR");
        }
        if (positionU == null) {
            throw new InvalidValueException("positionU", "give the lowest unit the device takes (1–" + cabinet.getHeightU() + ")");
        }
        int top = positionU + model.getHeightU() - 1;
        if (positionU < 1 || top > cabinet.getHeightU()) {
            throw new InvalidValueException("positionU", String.format(
                    "a %dU device at U%d would take U%d–U%d, outside the %dU cabinet %s",
                    model.getHeightU(), positionU, positionU, top, cabinet.getHeightU(), cabinet.getName()));
        }
        Set<Face> faces = facesTaken(model, face);
        for (Device other : devices) {
            if (isSame(other, device) || other.getPositionU() == null) {
                continue;
            }
            int otherTop = other.getPositionU() + other.getModel().getHeightU() - 1;
            boolean overlap = positionU <= otherTop && other.getPositionU() <= top;
            if (overlap && !disjoint(faces, facesTaken(other.getModel(), other.getFace()))) {
                throw new ConflictException("positionU", String.format(
                        "U%d–U%d on the %s of cabinet %s is occupied by %s (U%d–U%d)",
                        positionU, top, face.name().toLowerCase(), cabinet.getName(), other.getLabel(),
                        other.getPositionU(), otherTop));
            }
        }
    }

    /**
     * Checks the contracted power with the device in the cabinet in the given state.
     * Returns the typical watts the cabinet would draw.
     */
    public long checkPower(Device device, DeviceModel model, LifecycleStatus status, boolean overridden) {
        long after = typicalWattsWithout(device) + (status.drawsPower() ? model.getTypicalPowerW() : 0);
        if (after > cabinet.getContractedW() && !overridden) {
            throw new PowerBudgetExceededException(cabinet.getName(), after, cabinet.getContractedW());
        }
        return after;
    }

    public void add(Device device) {
        devices.removeIf(d -> isSame(d, device));
        devices.add(device);
    }

    public void remove(Device device) {
        devices.removeIf(d -> isSame(d, device));
    }

    /** Writes the cabinet's occupancy columns from its contents. */
    public void updateOccupancy() {
        BitSet used = new BitSet(cabinet.getHeightU() + 1);
        for (Device d : devices) {
            if (d.getPositionU() != null) {
                used.set(d.getPositionU(), d.getPositionU() + d.getModel().getHeightU());
            }
        }
        cabinet.setOccupancy(used.cardinality(), typicalWattsWithout(null), devices.size());
    }

    private long typicalWattsWithout(Device excluded) {
        long sum = 0;
        for (Device d : devices) {
            if (!isSame(d, excluded) && d.getStatus().drawsPower()) {
                sum += d.getModel().getTypicalPowerW();
            }
        }
        return sum;
    }

    private static Set<Face> facesTaken(DeviceModel model, Face face) {
        return model.isFullDepth() ? EnumSet.of(Face.FRONT, Face.REAR) : EnumSet.of(face);
    }

    private static boolean disjoint(Set<Face> a, Set<Face> b) {
        return a.stream().noneMatch(b::contains);
    }

    private static boolean isSame(Device a, Device b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && a.getId() != null && Objects.equals(a.getId(), b.getId());
    }
}
