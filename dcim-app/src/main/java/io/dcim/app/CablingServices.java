package io.dcim.app;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.CableFacade;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CheckFacade;
import io.dcim.inventory.fabric.FabricFacade;
import io.dcim.inventory.transfer.CableExport;
import io.dcim.inventory.transfer.CableExportFacade;
import io.dcim.inventory.transfer.CableImport;
import io.dcim.inventory.transfer.CableImportFacade;

/**
 * Connectivity's use cases, as both doors call them: ports, cables and traces, the cable import and
 * export, fabric plans, and the cabling check kept per site. One cable service under all of them, so a
 * cable is checked by one rule set.
 */
public record CablingServices(CableFacade cables, CableImportFacade imports, CableExportFacade exports,
        FabricFacade fabric, CheckFacade checks) {

    static CablingServices build(Database db) {
        CableService service = new CableService(db);
        return new CablingServices(new CableFacade(db, service), new CableImportFacade(new CableImport(db, service)),
                new CableExportFacade(new CableExport(db)), new FabricFacade(db, service), new CheckFacade(db));
    }
}
