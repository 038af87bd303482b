package io.dcim.inventory.device;

import static io.dcim.common.access.Permission.DEVICE_EDIT;
import static io.dcim.common.access.Permission.DEVICE_MOVE;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Change;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.label.Labelling;
import io.dcim.inventory.label.Labels;
import io.dcim.inventory.tag.ObjectType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The device use cases as every door calls them (console, API, imports): each checks the caller's
 * permission, then runs in one transaction under the caller's name ({@link UseCase}). Registering
 * and editing need {@code device.edit}; placing, moving and lifecycle changes need {@code device.move}.
 */
public final class DeviceFacade {

    private final Database db;
    private final DeviceService devices;
    private final Labelling labels;

    public DeviceFacade(Database db, DeviceService devices) {
        this.db = db;
        this.devices = devices;
        this.labels = new Labelling(db);
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
        return create(caller, request, override, null);
    }

    /**
     * Registers a device with its tags and custom field values in one transaction ({@code with} may be null): a
     * required field left empty or an unknown tag refuses the whole registration.
     */
    public Device create(Caller caller, NewDevice request, PowerOverride override, Labels with) {
        if (request.location() != null && !request.location().isNowhere()) {
            caller.require(DEVICE_MOVE);
        }
        return UseCase.run(db, caller, DEVICE_EDIT, session -> {
            Device device = devices.create(request, override);
            session.flush();
            labels.apply(ObjectType.DEVICE, device.getId(), with);
            return device;
        });
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
            Device device = devices.current(session, id, expectedVersion);
            if (update.changesLabels()) {
                labels.apply(ObjectType.DEVICE, id, update.labels());
                session.flush();
                device = devices.find(id);
            }
            if (Change.any(update.assetTag(), update.serial(), update.name(), update.tenantId(), update.notes())) {
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

    /**
     * Registers another device like {@code id}: the same model, name, tenant and notes, ordered and in stock,
     * under its own asset tag and serial.
     */
    public Device cloneDevice(Caller caller, long id, String assetTag, String serial) {
        return UseCase.run(db, caller, DEVICE_EDIT, session -> {
            Device original = devices.find(id);
            return devices.create(new NewDevice(assetTag, serial, original.getName(), original.getModel().getId(),
                    LifecycleStatus.ORDERED, Location.inStock(),
                    original.getTenant() == null ? null : original.getTenant().getId(), original.getNotes()), null);
        });
    }

    /**
     * Sets the status, tenant, notes or tags of every selected device in one transaction: all of them or none.
     * Every device's refusal is collected and listed ({@link BulkEditRefusedException}) before anything is
     * kept. A status change needs {@code device.move}, the rest {@code device.edit}.
     */
    public int bulkEdit(Caller caller, List<Long> ids, DeviceBulkEdit edit) {
        if (ids == null || ids.isEmpty()) {
            throw new InvalidValueException("ids", Message.of("inventory.device.bulkNothingSelected"));
        }
        if (edit.isEmpty()) {
            throw new InvalidValueException("status", Message.of("inventory.device.bulkNothingToChange"));
        }
        if (edit.status() != null) {
            caller.require(DEVICE_MOVE);
        }
        List<Long> selected = new ArrayList<>(new LinkedHashSet<>(ids));
        return UseCase.run(db, caller, edit.changesIdentity() ? DEVICE_EDIT : DEVICE_MOVE, session -> {
            List<BulkEditRefusedException.Refusal> refusals = new ArrayList<>();
            for (long id : selected) {
                String tag = String.valueOf(id);
                try {
                    Device device = devices.find(id);
                    tag = device.getAssetTag();
                    apply(session, device, edit);
                } catch (DomainException refused) {
                    refusals.add(new BulkEditRefusedException.Refusal(id, tag, refused));
                }
            }
            if (!refusals.isEmpty()) {
                throw new BulkEditRefusedException(selected.size(), refusals);
            }
            return selected.size();
        });
    }

    private void apply(org.hibernate.Session session, Device device, DeviceBulkEdit edit) {
        Device edited = device;
        if (edit.changesTags()) {
            labels.changeTags(ObjectType.DEVICE, device.getId(), edit.addTags(), edit.removeTags());
            session.flush();
            edited = devices.find(device.getId());
        }
        if (Change.any(edit.tenantId(), edit.notes())) {
            edited = devices.edit(edited.getId(), edited.getVersion(), new DeviceEdit(device.getAssetTag(), device.getSerial(),
                    device.getName(), Change.apply(edit.tenantId(), device.getTenant() == null ? null : device.getTenant().getId()),
                    Change.apply(edit.notes(), device.getNotes())));
            session.flush();
        }
        if (edit.status() != null && edit.status() != edited.getStatus()) {
            devices.changeStatus(edited.getId(), edited.getVersion(), edit.status(), null);
            session.flush();
        }
    }

    /** Deletes a device registered by mistake (ORDERED or RECEIVED, no GPUs). */
    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, DEVICE_EDIT, session -> {
            devices.delete(id, expectedVersion);
            labels.forget(ObjectType.DEVICE, id);
        });
    }
}
