package io.dcim.inventory.transfer;

import static io.dcim.common.access.Permission.CABLE_EDIT;
import static io.dcim.common.access.Permission.INVENTORY_IMPORT;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.table.Table;

/**
 * The cable import as every door calls it: the caller needs {@code inventory.import} (files into the
 * inventory) and {@code cable.edit} (what the file changes), and the cables are written under the
 * caller's name. {@link CableImport} runs one transaction of its own and reports every refused row.
 */
public final class CableImportFacade {

    private final CableImport importer;

    public CableImportFacade(CableImport importer) {
        this.importer = importer;
    }

    /** Checks every row against the cabling as it is; writes nothing. */
    public CableImportReport check(Caller caller, Table table) {
        caller.require(CABLE_EDIT);
        return UseCase.call(caller, INVENTORY_IMPORT, () -> importer.check(table));
    }

    /** Writes every row's cable, or none when any row is refused. */
    public CableImportReport apply(Caller caller, Table table) {
        caller.require(CABLE_EDIT);
        return UseCase.call(caller, INVENTORY_IMPORT, () -> importer.apply(table));
    }
}
