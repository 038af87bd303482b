package io.dcim.inventory.fabric;

import io.dcim.common.error.Message;
import java.io.Serializable;
import java.util.List;

/**
 * A plan laid onto chosen devices, previewed or written: the plan, how many devices of each layer
 * were chosen, the cables (their number and the first rows), and every cable the cabling rules
 * refuse (a port already cabled, a label taken…), up to {@link #LISTED} of them with the count of
 * all. Nothing is written while any is refused.
 */
public record FabricWriteReport(FabricPlan plan, FabricDevices devices, long cables, List<PlannedCable> firstRows,
        List<Refusal> refusals, int refused, boolean written)
        implements Serializable {

    /** Refusals listed in full; beyond them only counted, so a plan onto a cabled site stays readable. */
    public static final int LISTED = 200;

    /** A refused cable: its label and ends, the field the rule names and why. */
    public record Refusal(PlannedCable cable, String field, Message why)
        implements Serializable {
    }

    public FabricWriteReport {
        firstRows = List.copyOf(firstRows);
        refusals = List.copyOf(refusals);
    }

    public boolean isValid() {
        return refused == 0;
    }
}
