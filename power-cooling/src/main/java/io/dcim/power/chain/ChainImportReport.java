package io.dcim.power.chain;

import io.dcim.inventory.transfer.ImportOutcome;
import io.dcim.inventory.transfer.RowProblem;
import java.io.Serializable;
import java.util.List;

/**
 * The outcome of checking or importing one of a site's chain sheets: the rows read, how many parts the rows add
 * and change (what a check would write), every refused row, and whether anything was written (only with none).
 */
public record ChainImportReport(ChainSheet sheet, int rows, int added, int changed, List<RowProblem> problems,
                                boolean written) implements ImportOutcome, Serializable {

    public ChainImportReport {
        problems = List.copyOf(problems);
    }

    @Override
    public boolean isValid() {
        return problems.isEmpty();
    }
}
