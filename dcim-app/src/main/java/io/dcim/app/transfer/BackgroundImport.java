package io.dcim.app.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What every background check or import run by {@link ImportJobs} (and a fabric plan written onto devices) shares: rows (or lines) done so far out of how
 * many, when it started, and when it ends its report or why it broke. Subclasses name the report's type.
 *
 * @param <R> the report a finished check or import gives
 */
public abstract class BackgroundImport<R> {

    private final String id;
    private volatile int totalRows;
    private final boolean write;
    private final Instant started;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile int rowsDone;
    private volatile R report;
    private volatile String failure;

    BackgroundImport(String id, int totalRows, boolean write, Instant started) {
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
    /** The report once the job ended without breaking; null before, and after a failure. */
    public R report() { return report; }
    public String failure() { return failure; }

    public boolean isDone() {
        return finished.getCount() == 0;
    }

    public int percentDone() {
        return totalRows == 0 ? 100 : (int) Math.min(100, 100L * rowsDone / totalRows);
    }

    /** Waits for the job (tests and the API); false when it is still running after the timeout. */
    public boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void progress(int rows) {
        rowsDone = rows;
    }

    /** For a job whose size is known only once it runs (a fabric plan laid onto devices). */
    void total(int rows) {
        totalRows = rows;
    }

    /** Ends the job with its report, or (report null) with why it broke. */
    void finish(R report, String failure) {
        this.report = report;
        this.failure = failure;
        finished.countDown();
    }
}
