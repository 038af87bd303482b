package io.dcim.inventory.cabinet;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.Room;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/** Registers and edits cabinets; their contents change through the device service. */
public final class CabinetService {

    private final VersionedStore<Cabinet> store;

    public CabinetService(Database db) {
        this.store = VersionedStore.named(db, Cabinet.class, "cabinet", Cabinet::getVersion, Cabinet::getName);
    }

    public Cabinet find(long id) {
        return store.find(id);
    }

    public Cabinet create(NewCabinet request) {
        return store.create(session -> {
            CabinetRow row = Lookup.referenced(session, CabinetRow.class, request.rowId(), "rowId", "row");
            Cabinet cabinet = new Cabinet(row, required("name", request.name(), 40), request.position());
            checkNameFree(session, row.getRoom(), cabinet.getName(), null);
            cabinet.setHeightU(height(request.heightU() == null ? Cabinet.DEFAULT_HEIGHT_U : request.heightU()));
            cabinet.setContractedW(contracted(request.contractedW() == null ? Cabinet.DEFAULT_CONTRACTED_W
                    : request.contractedW()));
            cabinet.setLease(lease(request.lease()));
            return cabinet;
        });
    }

    public Cabinet edit(long id, int expectedVersion, CabinetEdit edit) {
        return store.edit(id, expectedVersion, (session, cabinet) -> {
            String name = required("name", edit.name(), 40);
            checkNameFree(session, cabinet.getRoom(), name, cabinet.getId());
            int height = height(edit.heightU());
            Integer highest = session.createQuery("select max(d.positionU + m.heightU - 1) from Device d join d.model m"
                    + " where d.cabinet = :c and d.positionU is not null", Integer.class)
                    .setParameter("c", cabinet).getSingleResult();
            if (highest != null && highest > height) {
                throw new ConflictException("heightU", Message.of("inventory.cabinet.equipmentAbove", cabinet.getName(),
                        highest, height));
            }
            cabinet.setName(name);
            cabinet.setPosition(edit.position());
            cabinet.setHeightU(height);
            cabinet.setContractedW(contracted(edit.contractedW()));
            cabinet.setLease(lease(edit.lease()));
        });
    }

    /** Deletes a cabinet leased by mistake: no devices, no reservations, nothing else referring to it. */
    public void delete(long id, int expectedVersion) {
        store.remove(id, expectedVersion, (session, cabinet) -> {
            long devices = session.createQuery("select count(d) from Device d where d.cabinet = :c", Long.class)
                    .setParameter("c", cabinet).getSingleResult();
            long reservations = session.createQuery("select count(r) from Reservation r where r.cabinet = :c", Long.class)
                    .setParameter("c", cabinet).getSingleResult();
            if (devices > 0 || reservations > 0) {
                throw new ConflictException("devices", Message.of("inventory.cabinet.notEmpty", cabinet.getName(), devices,
                        reservations));
            }
        });
    }

    private static void checkNameFree(Session session, Room room, String name, Long self) {
        Long clashes = session.createQuery("select count(c) from Cabinet c where c.room = :r"
                        + " and upper(c.name) = upper(:n) and c.id <> :self", Long.class)
                .setParameter("r", room).setParameter("n", name).setParameter("self", self == null ? -1L : self)
                .getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", Message.of("inventory.cabinet.exists", room.getName(), name));
        }
    }

    /** A lease with nothing in it is none; a fee is never negative and a lease never ends before it starts. */
    static Lease lease(Lease lease) {
        if (lease == null || (lease.getLandlord() == null && lease.getMonthlyFee() == null && lease.getStart() == null
                && lease.getEnd() == null)) {
            return null;
        }
        if (lease.getMonthlyFee() != null && lease.getMonthlyFee().signum() < 0) {
            throw new InvalidValueException("lease.monthlyFee", Message.of("inventory.cabinet.leaseFee"));
        }
        if (lease.getStart() != null && lease.getEnd() != null && lease.getEnd().isBefore(lease.getStart())) {
            throw new InvalidValueException("lease.end", Message.of("inventory.cabinet.leaseEnds", lease.getStart()));
        }
        return new Lease(optional("lease.landlord", lease.getLandlord(), 120), lease.getMonthlyFee(), lease.getStart(),
                lease.getEnd());
    }

    static int height(int heightU) {
        if (heightU < Cabinet.MIN_HEIGHT_U || heightU > Cabinet.MAX_HEIGHT_U) {
            throw new InvalidValueException("heightU", Message.of("inventory.cabinet.height", Cabinet.MIN_HEIGHT_U,
                    Cabinet.MAX_HEIGHT_U, heightU));
        }
        return heightU;
    }

    static int contracted(int watts) {
        if (watts <= 0 || watts > 200_000) {
            throw new InvalidValueException("contractedW", Message.of("inventory.cabinet.contractedPower", watts));
        }
        return watts;
    }
}
