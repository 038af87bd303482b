package io.dcim.inventory.transfer;

import java.util.List;

/**
 * What every check or import of an upload ends with, whatever it imports (devices, Slurm accounting): the refused
 * lines it lists, whether none was refused, and whether anything was written (only then).
 */
public interface ImportOutcome {

    List<RowProblem> problems();

    boolean isValid();

    boolean written();
}
