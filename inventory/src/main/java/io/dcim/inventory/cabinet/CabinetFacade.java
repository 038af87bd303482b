package io.dcim.inventory.cabinet;

import static io.dcim.common.access.Permission.SITE_MANAGE;

import io.dcim.common.access.Caller;
import io.dcim.common.edit.Versioned;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.label.LabelledUseCases;
import io.dcim.inventory.tag.ObjectType;

/**
 * Cabinets as the people who lease them keep them: registered in a row, their height, contracted
 * power and lease terms edited against the version read, deleted while empty. What is in a cabinet
 * changes through the device use cases, not here. Needs {@code site.manage}.
 */
public final class CabinetFacade extends LabelledUseCases<Cabinet, NewCabinet, CabinetEdit> {

    private final CabinetService cabinets;

    public CabinetFacade(Database db, CabinetService cabinets) {
        super(db, SITE_MANAGE, ObjectType.CABINET, cabinets::create, cabinets::edit, cabinets::delete);
        this.cabinets = cabinets;
    }

    /** The cabinet's editable facts with the version to edit against. */
    public Versioned<CabinetEdit> cabinet(Caller caller, long id) {
        return readForEdit(caller, () -> cabinets.find(id), cabinet -> new CabinetEdit(cabinet.getName(),
                cabinet.getPosition(), cabinet.getHeightU(), cabinet.getContractedW(), cabinet.getLease()));
    }
}
