package io.dcim.inventory.device;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.reservation.Reservation;
import io.dcim.inventory.reservation.ReservationScope;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.Session;

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
    private final List<Reservation> reservations;

    public CabinetContents(Cabinet cabinet, List<Device> devices) {
        this(cabinet, devices, List.of());
    }

    /** @param reservations the cabinet's active reservations */
    public CabinetContents(Cabinet cabinet, List<Device> devices, List<Reservation> reservations) {
        this.cabinet = cabinet;
        this.devices = new ArrayList<>(devices);
        this.reservations = new ArrayList<>(reservations);
    }

    /**
     * Loads a cabinet's devices and active reservations and claims the cabinet's version for
     * this transaction, so that concurrent changes to one cabinet cannot both pass the checks.
     */
    public static CabinetContents load(Session session, Cabinet cabinet, Clock clock) {
        session.lock(cabinet, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        // No join fetch: H2 would then walk the device table by model; the few models come from the session.
        List<Device> devices = session.createQuery("select d from Device d where d.cabinet = :c", Device.class)
                .setParameter("c", cabinet).getResultList();
        List<Reservation> reservations = session.createQuery("select r from Reservation r where r.cabinet = :c"
                        + " and r.releasedAt is null and r.expiresOn >= :today", Reservation.class)
                .setParameter("c", cabinet).setParameter("today", Reservation.today(clock)).getResultList();
        return new CabinetContents(cabinet, devices, reservations);
    }

    public Cabinet cabinet() {
        return cabinet;
    }

    /** Checks the position and the neighbours; the device itself (when moving) is ignored. */
    public void checkSpace(Device device, DeviceModel model, Integer positionU, Face face) {
        if (!model.isRackMounted()) {
            if (face != Face.SIDE || positionU != null) {
                throw new InvalidValueException("face", Message.of("inventory.device.zeroU", model.getDisplayName()));
            }
            return;
        }
        if (face == null || face == Face.SIDE) {
            throw new InvalidValueException("face", Message.of("inventory.device.frontOrRear", model.getHeightU()));
        }
        if (positionU == null) {
            throw new InvalidValueException("positionU", Message.of("inventory.device.positionRequired", cabinet.getHeightU()));
        }
        int top = positionU + model.getHeightU() - 1;
        if (positionU < 1 || top > cabinet.getHeightU()) {
            throw new InvalidValueException("positionU", Message.of("inventory.device.outsideCabinet",
                    model.getHeightU(), positionU, top, cabinet.getHeightU(), cabinet.getName()));
        }
        Set<Face> faces = facesTaken(model, face);
        for (Device other : devices) {
            if (isSame(other, device) || other.getPositionU() == null) {
                continue;
            }
            int otherTop = other.getPositionU() + other.getModel().getHeightU() - 1;
            boolean overlap = positionU <= otherTop && other.getPositionU() <= top;
            if (overlap && !disjoint(faces, facesTaken(other.getModel(), other.getFace()))) {
                throw new ConflictException("positionU", Message.of("inventory.device.occupied", positionU, top,
                        side(face), cabinet.getName(), other.getLabel(), other.getPositionU(), otherTop));
            }
        }
        checkNotReserved(positionU, top, faces, "positionU");
    }

    /** Checks that the space is free for a new reservation: inside the cabinet, no device, no other reservation. */
    public void checkReservable(ReservationScope scope, Integer positionU, Integer heightU) {
        if (scope == ReservationScope.CABINET) {
            if (!reservations.isEmpty()) {
                Reservation other = reservations.get(0);
                throw new ConflictException("scope", Message.of("inventory.reservation.alreadyReserved", cabinet.getName(),
                        other.holder(), other.bottomU(), other.topU()));
            }
            return;
        }
        if (positionU == null || heightU == null || heightU < 1) {
            throw new InvalidValueException(positionU == null ? "positionU" : "heightU",
                    Message.of("inventory.reservation.spaceRequired"));
        }
        int top = positionU + heightU - 1;
        if (positionU < 1 || top > cabinet.getHeightU()) {
            throw new InvalidValueException("positionU", Message.of("inventory.reservation.outsideCabinet", positionU, top,
                    cabinet.getHeightU(), cabinet.getName()));
        }
        for (Device device : devices) {
            if (device.getPositionU() == null) {
                continue;
            }
            int deviceTop = device.getPositionU() + device.getModel().getHeightU() - 1;
            boolean overlap = positionU <= deviceTop && device.getPositionU() <= top;
            if (overlap && !disjoint(scope.faces(), facesTaken(device.getModel(), device.getFace()))) {
                throw new ConflictException("positionU", Message.of("inventory.reservation.holdsDevice", positionU, top,
                        cabinet.getName(), device.getLabel(), device.getPositionU(), deviceTop));
            }
        }
        checkNotReserved(positionU, top, scope.faces(), "positionU");
    }

    /** The face as a refusal names it ("the front of cabinet A01"). */
    private static Message side(Face face) {
        return switch (face) {
            case FRONT -> Message.of("inventory.face.front");
            case REAR -> Message.of("inventory.face.rear");
            case SIDE -> Message.of("inventory.face.side");
        };
    }

    private void checkNotReserved(int bottom, int top, Set<Face> faces, String field) {
        for (Reservation r : reservations) {
            boolean overlap = bottom <= r.topU() && r.bottomU() <= top;
            if (overlap && !disjoint(faces, r.getScope().faces())) {
                throw new ConflictException(field, Message.of("inventory.reservation.reserved", bottom, top, cabinet.getName(),
                        r.holder(), r.getExpiresOn(), r.bottomU(), r.topU()));
            }
        }
    }

    public void addReservation(Reservation reservation) {
        reservations.add(reservation);
    }

    public void removeReservation(Reservation reservation) {
        reservations.removeIf(r -> r == reservation || (r.getId() != null && r.getId().equals(reservation.getId())));
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

    /** Writes the cabinet's occupancy columns from its contents: reserved units count as used. */
    public void updateOccupancy() {
        BitSet used = new BitSet(cabinet.getHeightU() + 1);
        for (Device d : devices) {
            if (d.getPositionU() != null) {
                used.set(d.getPositionU(), d.getPositionU() + d.getModel().getHeightU());
            }
        }
        int byDevices = used.cardinality();
        for (Reservation r : reservations) {
            used.set(r.bottomU(), r.topU() + 1);
        }
        cabinet.setOccupancy(used.cardinality(), used.cardinality() - byDevices, typicalWattsWithout(null), devices.size());
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
