package io.dcim.app.transfer;

import io.dcim.power.chain.ChainImportReport;
import java.time.Instant;

/** One background check or import of a site's power chain sheet: its rows, then its report (or why it broke). */
public final class ChainImportJob extends BackgroundImport<ChainImportReport> {

    ChainImportJob(String id, int totalRows, boolean write, Instant started) {
        super(id, totalRows, write, started);
    }
}
