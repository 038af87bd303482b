package io.dcim.app.export;

import io.dcim.common.access.Caller;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** One workbook being written in the background for one user: rows so far, then its file (or why it failed). */
public final class ExportJob {

    private final String id;
    private final Caller caller;
    private final ExportReport report;
    private final long estimatedRows;
    private final Instant started;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile long rowsDone;
    private volatile Path file;
    private volatile String failure;

    ExportJob(String id, Caller caller, ExportReport report, long estimatedRows, Instant started) {
        this.id = id;
        this.caller = caller;
        this.report = report;
        this.estimatedRows = estimatedRows;
        this.started = started;
    }

    public String id() { return id; }
    public String owner() { return caller.username(); }
    /** Who asked: the workbook is written with their permissions. */
    public Caller caller() { return caller; }
    public ExportReport report() { return report; }
    public Instant started() { return started; }
    public long rowsDone() { return rowsDone; }
    public long estimatedRows() { return estimatedRows; }
    public Path file() { return file; }
    public String failure() { return failure; }

    public boolean isDone() {
        return finished.getCount() == 0;
    }

    public boolean succeeded() {
        return isDone() && failure == null && file != null;
    }

    /** 100 once written; below that the share of the estimate, never 100 before the file is complete. */
    public int percentDone() {
        if (isDone()) {
            return 100;
        }
        return estimatedRows <= 0 ? 0 : (int) Math.min(99, 100 * rowsDone / estimatedRows);
    }

    /** Waits for the job (tests and the API); false when it is still running after the timeout. */
    public boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void progress(long rows) {
        rowsDone = rows;
    }

    void finish(Path written, long rows, String whyNot) {
        this.file = written;
        this.rowsDone = rows;
        this.failure = whyNot;
        finished.countDown();
    }
}
