package io.dcim.inventory.transfer;

import java.io.Serializable;

/** Why one line of an upload cannot be imported: the line as the person numbers it, the column and the reason. */
public record RowProblem(int line, String column, String message) implements Serializable {
}
