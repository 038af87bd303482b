package io.dcim.app.export;

import io.dcim.common.access.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One workbook being written in the background for one user: rows so far, then whether it was written (its
 * workbook is then kept in the database, see {@link ExportJobs#copyWorkbook}) or why not. A job read from the
 * database on another node than the one writing it is a snapshot: {@link #await} does not wait for it.
 */
public final class ExportJob {

    /** Where a job stands. */
    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED,
        /** Its node stopped while writing it (no heartbeat for a while): the workbook will never come. */
        STOPPED
    }

    private final String id;
    private final String owner;
    private final Caller caller;
    private final ExportReport report;
    private final long estimatedRows;
    private final Instant started;
    private final CountDownLatch finished;
    private volatile long rowsDone;
    private volatile State state;
    private volatile String failure;

    /** A job this node runs for {@code caller}. */
    ExportJob(String id, Caller caller, ExportReport report, long estimatedRows, Instant started) {
        this(id, caller.username(), caller, report, estimatedRows, started, State.RUNNING, 0, null);
    }

    private ExportJob(String id, String owner, Caller caller, ExportReport report, long estimatedRows, Instant started,
            State state, long rowsDone, String failure) {
        this.id = id;
        this.owner = owner;
        this.caller = caller;
        this.report = report;
        this.estimatedRows = estimatedRows;
        this.started = started;
        this.state = state;
        this.rowsDone = rowsDone;
        this.failure = failure;
        this.finished = new CountDownLatch(state == State.RUNNING && caller != null ? 1 : 0);
    }

    /** A job as the database has it, written (or being written) by any node. */
    static ExportJob stored(String id, String owner, ExportReport report, long estimatedRows, Instant started,
            State state, long rowsDone, String failure) {
        return new ExportJob(id, owner, null, report, estimatedRows, started, state, rowsDone, failure);
    }

    public String id() { return id; }
    public String owner() { return owner; }
    /** Who asked: the workbook is written with their permissions (null on a job read back from the database). */
    Caller caller() { return caller; }
    public ExportReport report() { return report; }
    public Instant started() { return started; }
    public long rowsDone() { return rowsDone; }
    public long estimatedRows() { return estimatedRows; }
    public State state() { return state; }
    /** Why a FAILED job failed, as the use case said it. */
    public String failure() { return failure; }

    public boolean isDone() {
        return state != State.RUNNING;
    }

    public boolean succeeded() {
        return state == State.SUCCEEDED;
    }

    /** 100 once written; below that the share of the estimate, never 100 before the workbook is complete. */
    public int percentDone() {
        if (isDone()) {
            return 100;
        }
        return estimatedRows <= 0 ? 0 : (int) Math.min(99, 100 * rowsDone / estimatedRows);
    }

    /** Waits for a job of this node (tests and the API); false when it is still running after the timeout. */
    public boolean await(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && isDone();
    }

    void progress(long rows) {
        rowsDone = rows;
    }

    void finish(State end, long rows, String whyNot) {
        this.rowsDone = rows;
        this.failure = whyNot;
        this.state = end;
        finished.countDown();
    }
}
