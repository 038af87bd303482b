package io.dcim.inventory.device;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.port.DevicePorts;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.tenant.Tenant;
import java.time.Clock;
import java.util.List;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/**
 * Registers devices and moves them through racks and their lifecycle. Every change that
 * touches a cabinet re-checks the rack rules ({@link CabinetContents}) against what the
 * database holds and bumps the cabinet's version, so that concurrent placements into one
 * cabinet cannot both pass the checks.
 */
public final class DeviceService {

    private static final int MAX_TAG_LENGTH = 64;
    private static final int MAX_NAME_LENGTH = 120;
    private static final int MAX_NOTES_LENGTH = 2000;

    private final Database db;
    private final Clock clock;
    private final VersionedStore<Device> store;

    public DeviceService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.store = VersionedStore.named(db, Device.class, "device", Device::getVersion, Device::getAssetTag);
    }

    public Device find(long id) {
        return store.find(id);
    }

    /** The device as read at {@code expectedVersion}, in the caller's transaction. */
    public Device current(Session session, long id, int expectedVersion) {
        return store.current(session, id, expectedVersion);
    }

    /** Registers one device with the ports of its model, written before this returns. */
    public Device create(NewDevice request, PowerOverride override) {
        return create(request, override, DevicePorts.writingEach());
    }

    /**
     * Registers one device of a bulk run: the run's {@code ports} reads each model's templates
     * once and writes the ports in batches (the run calls {@link DevicePorts#write} before it
     * relies on them).
     */
    public Device create(NewDevice request, PowerOverride override, DevicePorts ports) {
        return db.inTransaction(session -> {
            DeviceModel model = Lookup.referenced(session, DeviceModel.class, request.modelId(), "modelId", "device model");
            if (request.status() == null) {
                throw new InvalidValueException("status", Message.of("common.field.required"));
            }
            Device device = new Device(DeviceIdentifier.of("assetTag", request.assetTag(), MAX_TAG_LENGTH),
                    DeviceIdentifier.of("serial", request.serial(), MAX_TAG_LENGTH),
                    model, request.status());
            device.setName(optional("name", request.name(), MAX_NAME_LENGTH));
            device.setNotes(optional("notes", request.notes(), MAX_NOTES_LENGTH));
            device.setTenant(tenant(session, request.tenantId()));
            checkUnique(session, device);
            Location location = request.location() == null ? Location.inStock() : request.location();
            checkLocationAllowed(model, request.status(), location);
            placeAt(session, device, location, override);
            ports.addTo(session, device);
            DeviceEvents.created(session, device, clock.instant());
            return device;
        });
    }

    public Device edit(long id, int expectedVersion, DeviceEdit edit) {
        return db.inTransaction(session -> {
            Device device = store.current(session, id, expectedVersion);
            device.setAssetTag(DeviceIdentifier.of("assetTag", edit.assetTag(), MAX_TAG_LENGTH));
            device.setSerial(DeviceIdentifier.of("serial", edit.serial(), MAX_TAG_LENGTH));
            device.setName(optional("name", edit.name(), MAX_NAME_LENGTH));
            device.setNotes(optional("notes", edit.notes(), MAX_NOTES_LENGTH));
            device.setTenant(tenant(session, edit.tenantId()));
            checkUnique(session, device);
            return device;
        });
    }

    /** Moves a device to another cabinet, unit or face, onto a room's floor, or into stock. */
    public Device move(long id, int expectedVersion, Location target, PowerOverride override) {
        return db.inTransaction(session -> {
            Device device = store.current(session, id, expectedVersion);
            checkLocationAllowed(device.getModel(), device.getStatus(), target);
            String from = DeviceEvents.place(device);
            leaveCabinet(session, device);
            placeAt(session, device, target, override);
            DeviceEvents.moved(session, device, from, clock.instant());
            return device;
        });
    }

    public Device changeStatus(long id, int expectedVersion, LifecycleStatus target, PowerOverride override) {
        return db.inTransaction(session -> {
            Device device = store.current(session, id, expectedVersion);
            LifecycleStatus from = device.getStatus();
            if (!from.canMoveTo(target)) {
                throw new IllegalTransitionException("status", from, target, from.next());
            }
            boolean located = device.getCabinet() != null || device.getRoom() != null;
            if (target.requiresLocation() && !located) {
                throw new InvalidValueException("status", Message.of("inventory.device.locateFirst", String.valueOf(target)));
            }
            if (target.forbidsLocation()) {
                leaveCabinet(session, device);
                device.unplace();
                moveCardsAlong(session, device);
            }
            if (device.getCabinet() != null) {
                CabinetContents contents = contentsOf(session, device.getCabinet());
                long after = contents.checkPower(device, device.getModel(), target, override != null);
                recordOverrideIfExceeded(session, device, contents.cabinet(), after, override);
                device.setStatus(target);
                contents.add(device);
                contents.updateOccupancy();
            } else {
                device.setStatus(target);
            }
            DeviceEvents.statusChanged(session, device, from, clock.instant());
            return device;
        });
    }

    /** Deletes a device registered by mistake. Hardware with a history is disposed of instead. */
    public void delete(long id, int expectedVersion) {
        db.execute(session -> {
            Device device = store.current(session, id, expectedVersion);
            if (device.getStatus() != LifecycleStatus.ORDERED && device.getStatus() != LifecycleStatus.RECEIVED) {
                throw new ConflictException("status", Message.of("inventory.device.notDeletable", device.getAssetTag(),
                        String.valueOf(device.getStatus())));
            }
            long gpus = session.createQuery("select count(g) from Gpu g where g.server = :d", Long.class)
                    .setParameter("d", device).getSingleResult();
            if (gpus > 0) {
                throw new ConflictException("gpus", Message.of("inventory.device.stillHoldsGpus", device.getAssetTag(), gpus));
            }
            leaveCabinet(session, device);
            DevicePorts.removeFrom(session, device);
            session.remove(device);
        });
    }

    /**
     * Checks and takes the place. A new device is persisted only once its place is set, so that
     * it is inserted as it is rather than inserted and then updated (which also costs the
     * history an extra work unit per device: quadratic in a long import).
     */
    private void placeAt(Session session, Device device, Location location, PowerOverride override) {
        if (location.isInCabinet()) {
            Cabinet cabinet = Lookup.referenced(session, Cabinet.class, location.cabinetId(), "cabinetId", "cabinet");
            CabinetContents contents = contentsOf(session, cabinet);
            contents.checkSpace(device, device.getModel(), location.positionU(), location.face());
            long after = contents.checkPower(device, device.getModel(), device.getStatus(), override != null);
            device.placeIn(cabinet, location.positionU(), location.face());
            persistIfNew(session, device);
            recordOverrideIfExceeded(session, device, cabinet, after, override);
            contents.add(device);
            contents.updateOccupancy();
        } else if (location.roomId() != null) {
            Room room = Lookup.referenced(session, Room.class, location.roomId(), "roomId", "room");
            device.placeOnFloor(room);
        } else {
            device.unplace();
        }
        persistIfNew(session, device);
        moveCardsAlong(session, device);
    }

    private static void persistIfNew(Session session, Device device) {
        if (device.getId() == null) {
            session.persist(device);
        }
    }

    /** A server's cards are where the server is: keep their derived site in step (its card counter says if it has any). */
    private static void moveCardsAlong(Session session, Device device) {
        if (device.getGpuCount() > 0) {
            session.flush();
            session.createMutationQuery("update Gpu g set g.site = :site where g.server.id = :server")
                    .setParameter("site", device.getRoom() == null ? null : device.getRoom().getSite())
                    .setParameter("server", device.getId())
                    .executeUpdate();
        }
    }

    private void leaveCabinet(Session session, Device device) {
        Cabinet old = device.getCabinet();
        if (old != null) {
            CabinetContents contents = contentsOf(session, old);
            contents.remove(device);
            contents.updateOccupancy();
        }
    }

    private CabinetContents contentsOf(Session session, Cabinet cabinet) {
        return CabinetContents.load(session, cabinet, clock);
    }

    private void recordOverrideIfExceeded(Session session, Device device, Cabinet cabinet, long after,
            PowerOverride override) {
        if (after > cabinet.getContractedW() && override != null) {
            session.persist(new PowerOverrideRecord(cabinet, device, after, override, clock.instant()));
        }
    }

    private static void checkLocationAllowed(DeviceModel model, LifecycleStatus status, Location location) {
        if (status.forbidsLocation() && !location.isNowhere()) {
            throw new InvalidValueException("cabinetId", Message.of("inventory.device.mustBeNowhere", String.valueOf(status)));
        }
        if (status.requiresLocation() && location.isNowhere()) {
            throw new InvalidValueException("cabinetId", Message.of("inventory.device.mustBeSomewhere", String.valueOf(status)));
        }
        boolean floorStanding = model.getHeightU() == 0
                && (model.getKind() == DeviceKind.UPS || model.getKind() == DeviceKind.COOLING_UNIT);
        if (location.isInCabinet() && floorStanding) {
            throw new InvalidValueException("cabinetId", Message.of("inventory.device.floorStanding", model.getDisplayName()));
        }
        if (location.roomId() != null && !location.isInCabinet() && !floorStanding) {
            throw new InvalidValueException("roomId", Message.of("inventory.device.rackMounted", model.getDisplayName()));
        }
    }

    /** Two look-ups, each on its own unique index (an OR of the two makes H2 scan the table). */
    private static void checkUnique(Session session, Device device) {
        long self = device.getId() == null ? -1L : device.getId();
        clash(session, "assetTagKey", device.getAssetTag(), self).ifPresent(other -> {
            throw new ConflictException("assetTag", Message.of("inventory.device.assetTagTaken", device.getAssetTag()));
        });
        clash(session, "serialKey", device.getSerial(), self).ifPresent(other -> {
            throw new ConflictException("serial", Message.of("inventory.device.serialTaken", device.getSerial(),
                    other.getAssetTag()));
        });
    }

    private static java.util.Optional<Device> clash(Session session, String keyColumn, String value, long self) {
        return session.createQuery("select d from Device d where d." + keyColumn + " = :key and d.id <> :self", Device.class)
                .setParameter("key", Device.key(value)).setParameter("self", self)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private static Tenant tenant(Session session, Long tenantId) {
        return Lookup.referenced(session, Tenant.class, tenantId, "tenantId", "tenant");
    }

}
