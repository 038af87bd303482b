package io.dcim.app.transfer;

import io.dcim.inventory.transfer.ImportReport;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** One background check or import: rows done so far, then its report (or why it broke). */
public final class ImportJob {

    private final String id;
    private final int totalRows;
    private final boolean write;
    private final Instant started;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int rowsDone;
    private volatile ImportReport report;
    private volatile String failure;

    ImportJob(String id, int totalRows, boolean write, Instant started) {
        this.id = id;
        this.totalRows = totalRows;
        this.write = write;
        this.started = started;
    }

    public String id() { return id; }
    public int totalRows() { return totalRows; }
    public boolean write() { return write; }
    public Instant started() { return started; }
    public int rowsDone() { return rowsDone; }
    public ImportReport report() { return report; }
    public String failure() { return failure; }

    public boolean isDone() {
        return finished.getCount() == 0;
    }

    public int percentDone() {
        return totalRows == 0 ? 100 : (int) (100L * rowsDone / totalRows);
    }

    /** Waits for the job (tests and the API); false when it is still running after the timeout. */
    public boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void progress(int rows) {
        rowsDone = rows;
    }

    void finish(ImportReport report, String failure) {
        this.report = report;
        this.failure = failure;
        finished.countDown();
    }
}
