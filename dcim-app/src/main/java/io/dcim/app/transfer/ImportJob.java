package io.dcim.app.transfer;

import io.dcim.inventory.transfer.ImportReport;
import java.time.Instant;

/** One background check or import of devices: rows done so far, then its report (or why it broke). */
public final class ImportJob extends BackgroundImport<ImportReport> {

    ImportJob(String id, int totalRows, boolean write, Instant started) {
        super(id, totalRows, write, started);
    }
}
