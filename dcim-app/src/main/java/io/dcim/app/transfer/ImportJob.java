package io.dcim.app.transfer;

import io.dcim.inventory.transfer.ImportReport;
import java.time.Instant;

/** One background check or import of devices: rows done so far, then its report (or why it broke). */
public final class ImportJob extends BackgroundImport {

    private volatile ImportReport report;

    ImportJob(String id, int totalRows, boolean write, Instant started) {
        super(id, totalRows, write, started);
    }

    public ImportReport report() { return report; }

    void finish(ImportReport report, String failure) {
        this.report = report;
        if (failure != null) {
            fail(failure);
        } else {
            done();
        }
    }
}
