package io.dcim.inventory.transfer;

import static io.dcim.common.access.Permission.INVENTORY_IMPORT;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.table.Table;
import java.util.function.IntConsumer;

/**
 * The device import as every door calls it (the console's background job, the API): the caller needs
 * {@code inventory.import}, and the devices are written under the caller's name. {@link DeviceImport}
 * runs its own transaction and reports every refused row rather than throwing, so this adds only the
 * check and the name.
 */
public final class DeviceImportFacade {

    private final DeviceImport importer;

    public DeviceImportFacade(DeviceImport importer) {
        this.importer = importer;
    }

    /** Checks every row against the inventory as it is; writes nothing. */
    public ImportReport check(Caller caller, Table table, IntConsumer progress) {
        return UseCase.call(caller, INVENTORY_IMPORT, () -> importer.check(table, progress));
    }

    /** Writes every row, or none when any is refused. */
    public ImportReport apply(Caller caller, Table table, IntConsumer progress) {
        return UseCase.call(caller, INVENTORY_IMPORT, () -> importer.apply(table, progress));
    }
}
