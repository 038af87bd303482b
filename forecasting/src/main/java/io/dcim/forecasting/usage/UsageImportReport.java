package io.dcim.forecasting.usage;

import io.dcim.inventory.transfer.ImportOutcome;
import io.dcim.inventory.transfer.RowProblem;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of checking or importing a sacct file: lines read; jobs added; jobs already imported (by cluster and
 * job id, from an earlier file or earlier in this one); job steps and jobs not started or not ended, left out;
 * refused lines (the first {@link SacctImport#MAX_PROBLEMS_LISTED} listed with line and reason); the card-hours
 * and core-hours the added jobs bring; and whether anything was written (only when no line was refused).
 */
public record UsageImportReport(int lines, int jobsAdded, int alreadyImported, int steps, int notFinished,
                                int refused, List<RowProblem> problems, BigDecimal cardHours, BigDecimal coreHours,
                                boolean written) implements ImportOutcome, Serializable {

    @Override
    public boolean isValid() {
        return refused == 0;
    }
}
