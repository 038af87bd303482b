package io.dcim.app.transfer;

import io.dcim.common.error.DomainException;
import io.dcim.inventory.fabric.FabricProgress;
import io.dcim.inventory.fabric.FabricWriteReport;
import java.time.Instant;

/**
 * One fabric plan laid onto a site's devices in the background, previewed or written: steps done so far (each
 * cable checked, then each written) out of how many, known once the plan is laid on the devices; then its report
 * (or why it broke). Before it is laid the total is 0 and nothing is done.
 */
public final class FabricWriteJob extends BackgroundImport<FabricWriteReport> {

    private final String owner;
    private final String switchModel;
    private volatile boolean laid;
    private volatile DomainException refusal;

    FabricWriteJob(String id, boolean write, Instant started, String owner, String switchModel) {
        super(id, 0, write, started);
        this.owner = owner;
        this.switchModel = switchModel;
    }

    /** Who started it: the only one a door shows it to. */
    public String owner() {
        return owner;
    }

    /** The catalog switch the plan was sized on, or null when it was sized on a radix and speed. */
    public String switchModel() {
        return switchModel;
    }

    /** Whether the plan has been laid on the devices, so that {@link #totalRows()} is its size. */
    public boolean laid() {
        return laid;
    }

    /** 100 once ended, whatever it got to: a write refused after its check ends without writing. */
    @Override
    public int percentDone() {
        return isDone() ? 100 : laid ? super.percentDone() : 0;
    }

    /** Why the request was refused (a field named), when it was; null otherwise. */
    public DomainException refusal() {
        return refusal;
    }

    /** Ends the job refused: {@code text} is the refusal in the caller's language, as {@link #failure()} says it. */
    void refuse(DomainException e, String text) {
        refusal = e;
        finish(null, text);
    }

    /** What the facade tells as it goes. */
    FabricProgress progress() {
        return new FabricProgress() {
            @Override
            public void laid(int steps) {
                total(steps);
                laid = true;
            }

            @Override
            public void done(int steps) {
                progress(steps);
            }
        };
    }
}
