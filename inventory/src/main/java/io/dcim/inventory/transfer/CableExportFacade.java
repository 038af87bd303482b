package io.dcim.inventory.transfer;

import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.cable.CableFilter;

/**
 * The cable export as every door calls it: whoever reads the cable list may take it away, in the
 * import's layout or as labels. Each page is its own read, so a 100,000-cable site streams out in
 * pages of a thousand without a transaction held open across the download.
 */
public final class CableExportFacade {

    private final CableExport export;

    public CableExportFacade(CableExport export) {
        this.export = export;
    }

    /** The filtered cables in the import's columns; returns how many. */
    public long write(Caller caller, CableFilter filter, TableWriter out) {
        caller.require(READ);
        return export.write(filter, out);
    }

    /** A label printer's sheet of the filtered cables: a row per label, one at each end; returns how many cables. */
    public long labels(Caller caller, CableFilter filter, TableWriter out) {
        caller.require(READ);
        return export.labels(filter, out);
    }
}
