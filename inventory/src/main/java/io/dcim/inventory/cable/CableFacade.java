package io.dcim.inventory.cable;

import static io.dcim.common.access.Permission.CABLE_EDIT;
import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.edit.Change;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.device.Device;
import java.util.List;

/**
 * The cabling use cases as every door calls them (console, API): reading ports, cables and traces
 * needs {@code read}; connecting, editing, disconnecting and deleting cables need {@code cable.edit}.
 * Each runs in one transaction under the caller's name, so the cables' history (Envers) says who.
 */
public final class CableFacade {

    private final Database db;
    private final CableService cables;
    private final CableQueries list;
    private final PortQueries ports;
    private final CableTrace trace;

    public CableFacade(Database db, CableService cables) {
        this.db = db;
        this.cables = cables;
        this.list = new CableQueries(db);
        this.ports = new PortQueries(db);
        this.trace = new CableTrace(db);
    }

    /** A device's ports and what each is cabled to; refused as not found for an unknown device. */
    public List<PortSummary> ports(Caller caller, long deviceId) {
        caller.require(READ);
        return db.read(session -> {
            Lookup.existing(session, Device.class, deviceId, "device");
            return ports.ofDevice(deviceId);
        });
    }

    /**
     * A port by its device (asset tag, or name when only one device has it) and its name, as people
     * type them; refused naming {@code field} when there is no such device or port.
     */
    public long portNamed(Caller caller, String device, String port, String field) {
        caller.require(READ);
        if (device == null || device.isBlank() || port == null || port.isBlank()) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        String key = Device.key(device);
        return db.read(session -> {
            List<Long> devices = session.createQuery("select d.id from Device d where d.assetTagKey = :k", Long.class)
                    .setParameter("k", key).getResultList();
            if (devices.isEmpty()) {
                devices = session.createQuery("select d.id from Device d where upper(d.name) = :k", Long.class)
                        .setParameter("k", key).getResultList();
            }
            if (devices.isEmpty()) {
                throw new InvalidValueException(field, Message.of("inventory.transfer.noDevice", device.strip()));
            }
            if (devices.size() > 1) {
                throw new InvalidValueException(field, Message.of("inventory.transfer.ambiguousDevice", device.strip(),
                        devices.size()));
            }
            return session.createQuery("select p.id from Port p where p.device.id = :d and upper(p.name) = :p", Long.class)
                    .setParameter("d", devices.get(0)).setParameter("p", port.strip().toUpperCase(java.util.Locale.ROOT))
                    .getResultStream().findFirst().orElseThrow(() -> new InvalidValueException(field,
                            Message.of("inventory.transfer.noPort", device.strip(), port.strip())));
        });
    }

    /** Cables by site, room, device, type, status and label, one page, paged in the database. */
    public Page<CableSummary> page(Caller caller, CableFilter filter, PageRequest request) {
        caller.require(READ);
        return list.page(filter, request);
    }

    public CableDetail view(Caller caller, long cableId) {
        caller.require(READ);
        return db.read(session -> CableDetail.of(Lookup.existing(session, Cable.class, cableId, "cable"),
                cables.ends(cableId)));
    }

    /** The path from a port through patch panels to the far end. */
    public Trace trace(Caller caller, long portId) {
        caller.require(READ);
        return trace.from(portId);
    }

    /**
     * The site's installed cabling against what its devices report ({@code reporting}: the devices whose
     * reports were read, so that a port that sees nothing shows as MISSING).
     */
    public CablingReport check(Caller caller, long siteId, java.util.Collection<String> reporting,
            java.util.Collection<SeenLink> seen) {
        caller.require(READ);
        return new CablingCheck(db).check(siteId, reporting, seen);
    }

    /** Records a cable between free ports of one site; the rules refuse naming the field. */
    public CableDetail connect(Caller caller, NewCable request) {
        return UseCase.run(db, caller, CABLE_EDIT, session -> {
            Cable cable = cables.connect(request);
            session.flush();
            return CableDetail.of(cable, cables.ends(cable.getId()));
        });
    }

    /**
     * Relabels and moves a cable's status in one transaction against the version the caller read:
     * either every part applies or none does.
     */
    public CableDetail update(Caller caller, long cableId, int expectedVersion, CableUpdate update) {
        return UseCase.run(db, caller, CABLE_EDIT, session -> {
            Cable cable = cables.current(session, cableId, expectedVersion);
            if (update.relabels()) {
                cable = cables.relabel(cableId, cable.getVersion(), Change.apply(update.label(), cable.getLabel()),
                        Change.apply(update.lengthM(), cable.getLengthM()), Change.apply(update.colour(), cable.getColour()));
                session.flush();
            }
            if (update.status() != null && update.status() != cable.getStatus()) {
                cable = cables.changeStatus(cableId, cable.getVersion(), update.status());
                session.flush();
            }
            return CableDetail.of(cable, cables.ends(cableId));
        });
    }

    /**
     * Takes a cable off its ports: a PLANNED one is removed (it never existed on the floor), an
     * INSTALLED one is decommissioned, which frees its ports and keeps it in the history.
     */
    public void disconnect(Caller caller, long cableId, int expectedVersion) {
        UseCase.perform(db, caller, CABLE_EDIT, session -> {
            Cable cable = Lookup.existing(session, Cable.class, cableId, "cable");
            if (cable.getStatus() == CableStatus.INSTALLED) {
                cables.changeStatus(cableId, expectedVersion, CableStatus.DECOMMISSIONED);
            } else {
                cables.delete(cableId, expectedVersion);
            }
        });
    }

    /** Removes a cable recorded by mistake: PLANNED or DECOMMISSIONED, never an INSTALLED one. */
    public void delete(Caller caller, long cableId, int expectedVersion) {
        UseCase.perform(db, caller, CABLE_EDIT, session -> cables.delete(cableId, expectedVersion));
    }
}
