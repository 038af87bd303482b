package io.dcim.inventory.transfer;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of checking or importing a cable file: how many rows it held, how many cables they
 * make (none while any row is refused), every problem by line, and whether anything was written.
 */
public record CableImportReport(int rows, int cables, List<RowProblem> problems, boolean written) implements Serializable {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
