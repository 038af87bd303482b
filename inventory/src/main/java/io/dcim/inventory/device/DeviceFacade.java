package io.dcim.inventory.device;

import static io.dcim.common.access.Permission.DEVICE_EDIT;
import static io.dcim.common.access.Permission.DEVICE_MOVE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Change;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import java.util.function.Function;

/**
 * The device use cases as every door calls them (console, API, imports): each checks the caller's
 * permission, then runs in one transaction under the caller's name ({@link UseCase}). Registering
 * and editing need {@code device.edit}; placing, moving and lifecycle changes need {@code device.move}.
 */
public final class DeviceFacade {

    private final Database db;
    private final DeviceService devices;

    public DeviceFacade(Database db, DeviceService devices) {
        this.db = db;
        this.devices = devices;
    }

    public Device find(long id) {
        return devices.find(id);
    }

    /** Reads a device and shapes it in one read transaction, where its lazy model, cabinet and room load. */
    public <T> T view(Caller caller, long id, Function<Device, T> shape) {
        caller.require(READ);
        return db.read(session -> shape.apply(devices.find(id)));
    }

    /** Registers a device, in stock or placed; placing it needs {@code device.move} too. */
    public Device create(Caller caller, NewDevice request, PowerOverride override) {
        if (request.location() != null && !request.location().isNowhere()) {
            caller.require(DEVICE_MOVE);
        }
        return UseCase.run(db, caller, DEVICE_EDIT, session -> devices.create(request, override));
    }

    /**
     * Edits identity, moves and changes status in one transaction against the version the caller
     * read: either every part applies or none does.
     */
    public Device update(Caller caller, long id, int expectedVersion, DeviceUpdate update) {
        if (update.location() != null || update.status() != null) {
            caller.require(DEVICE_MOVE);
        }
        return UseCase.run(db, caller, update.changesIdentity() ? DEVICE_EDIT : DEVICE_MOVE, session -> {
            Device device = devices.find(id);
            Lookup.checkVersion(device.getVersion(), expectedVersion, Message.named(Device.class, "device", device.getAssetTag()));
            if (update.changesIdentity()) {
                device = devices.edit(id, device.getVersion(), new DeviceEdit(
                        Change.apply(update.assetTag(), device.getAssetTag()),
                        Change.apply(update.serial(), device.getSerial()),
                        Change.apply(update.name(), device.getName()),
                        Change.apply(update.tenantId(), device.getTenant() == null ? null : device.getTenant().getId()),
                        Change.apply(update.notes(), device.getNotes())));
                session.flush();
            }
            if (update.location() != null) {
                device = devices.move(id, device.getVersion(), update.location(), update.override());
                session.flush();
            }
            if (update.status() != null) {
                device = devices.changeStatus(id, device.getVersion(), update.status(), update.override());
                session.flush();
            }
            return device;
        });
    }

    public Device move(Caller caller, long id, int expectedVersion, Location target, PowerOverride override) {
        return UseCase.run(db, caller, DEVICE_MOVE, session -> devices.move(id, expectedVersion, target, override));
    }

    public Device changeStatus(Caller caller, long id, int expectedVersion, LifecycleStatus target, PowerOverride override) {
        return UseCase.run(db, caller, DEVICE_MOVE, session -> devices.changeStatus(id, expectedVersion, target, override));
    }

    /** Deletes a device registered by mistake (ORDERED or RECEIVED, no GPUs). */
    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.run(db, caller, DEVICE_EDIT, session -> {
            devices.delete(id, expectedVersion);
            return null;
        });
    }
}
