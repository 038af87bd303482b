package io.dcim.inventory.transfer;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of checking or importing a file: how many rows it held, what they create, every
 * problem found, and whether anything was written (only when there was no problem at all).
 */
public record ImportReport(int rows, int devices, int gpus, List<RowProblem> problems, boolean written)
        implements ImportOutcome, Serializable {

    @Override
    public boolean isValid() {
        return problems.isEmpty();
    }
}
