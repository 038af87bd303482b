package io.dcim.app.transfer;

import io.dcim.forecasting.usage.UsageImportReport;
import java.time.Instant;

/** One background check or import of Slurm accounting: lines read so far, then its report (or why it broke). */
public final class UsageImportJob extends BackgroundImport<UsageImportReport> {

    UsageImportJob(String id, int totalLines, boolean write, Instant started) {
        super(id, totalLines, write, started);
    }
}
