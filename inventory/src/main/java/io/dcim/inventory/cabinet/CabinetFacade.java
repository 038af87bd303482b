package io.dcim.inventory.cabinet;

import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.SITE_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.label.LabelledChanges;
import io.dcim.inventory.label.Labels;
import io.dcim.inventory.tag.ObjectType;

/**
 * Cabinets as the people who lease them keep them: registered in a row, their height, contracted
 * power and lease terms edited against the version read, deleted while empty. What is in a cabinet
 * changes through the device use cases, not here. Needs {@code site.manage}.
 */
public final class CabinetFacade {

    private final Database db;
    private final CabinetService cabinets;

    public CabinetFacade(Database db, CabinetService cabinets) {
        this.db = db;
        this.cabinets = cabinets;
    }

    /** The cabinet's editable facts with the version to edit against. */
    public Versioned<CabinetEdit> cabinet(Caller caller, long id) {
        caller.require(READ);
        return db.read(session -> {
            Cabinet cabinet = cabinets.find(id);
            return new Versioned<>(cabinet.getId(), cabinet.getVersion(), new CabinetEdit(cabinet.getName(),
                    cabinet.getPosition(), cabinet.getHeightU(), cabinet.getContractedW(), cabinet.getLease()));
        });
    }

    public Cabinet create(Caller caller, NewCabinet request) {
        return create(caller, request, null);
    }

    /** Creates the cabinet with its tags and custom field values in one transaction ({@code labels} may be null). */
    public Cabinet create(Caller caller, NewCabinet request, Labels labels) {
        return changes().create(caller, labels, () -> cabinets.create(request), Cabinet::getId);
    }

    public Cabinet edit(Caller caller, long id, int expectedVersion, CabinetEdit edit) {
        return edit(caller, id, expectedVersion, edit, null);
    }

    /** Edits the cabinet and its tags and custom field values in one transaction ({@code labels} may be null). */
    public Cabinet edit(Caller caller, long id, int expectedVersion, CabinetEdit edit, Labels labels) {
        return changes().edit(caller, id, labels, () -> cabinets.edit(id, expectedVersion, edit));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        changes().delete(caller, id, () -> cabinets.delete(id, expectedVersion));
    }

    /** How a change of a cabinet and of its labels runs: under {@code site.manage}, in one transaction. */
    private LabelledChanges changes() {
        return new LabelledChanges(db, SITE_MANAGE, ObjectType.CABINET);
    }
}
