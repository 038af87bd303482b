package io.dcim.inventory.cabinet;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.Room;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.required;

/** Registers and edits cabinets; their contents change through the device service. */
public final class CabinetService {

    private final Database db;

    public CabinetService(Database db) {
        this.db = db;
    }

    public Cabinet find(long id) {
        return db.read(session -> load(session, id));
    }

    public Cabinet create(NewCabinet request) {
        return db.inTransaction(session -> {
            CabinetRow row = Lookup.referenced(session, CabinetRow.class, request.rowId(), "rowId", "row");
            Cabinet cabinet = new Cabinet(row, required("name", request.name(), 40), request.position());
            checkNameFree(session, row.getRoom(), cabinet.getName(), null);
            cabinet.setHeightU(height(request.heightU() == null ? Cabinet.DEFAULT_HEIGHT_U : request.heightU()));
            cabinet.setContractedW(contracted(request.contractedW() == null ? Cabinet.DEFAULT_CONTRACTED_W
                    : request.contractedW()));
            cabinet.setLease(request.lease());
            session.persist(cabinet);
            return cabinet;
        });
    }

    public Cabinet edit(long id, int expectedVersion, CabinetEdit edit) {
        return db.inTransaction(session -> {
            Cabinet cabinet = load(session, id);
            Lookup.checkVersion(cabinet.getVersion(), expectedVersion, Message.named(Cabinet.class, "cabinet", cabinet.getName()));
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
            cabinet.setLease(edit.lease());
            return cabinet;
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

    private static Cabinet load(Session session, long id) {
        return Lookup.existing(session, Cabinet.class, id, "cabinet");
    }
}
