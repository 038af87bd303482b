package io.dcim.procurement.receiving;

import io.dcim.common.error.InvalidValueException;
import java.util.List;

/**
 * More than one unit of a delivery was refused: every one of them is listed, so that the dock
 * fixes the packing list once. Nothing of the delivery was written.
 */
public final class DeliveryRefusedException extends InvalidValueException {

    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final transient List<UnitProblem> problems;

    /** @param problems in any order; they are listed by unit */
    public DeliveryRefusedException(List<UnitProblem> problems) {
        this(problems.stream().sorted(java.util.Comparator.comparingInt(UnitProblem::unit)).toList(), true);
    }

    private DeliveryRefusedException(List<UnitProblem> problems, boolean sorted) {
        super("units", (problems.size() == 1 ? "1 unit was" : problems.size() + " units were")
                + " refused, nothing was received: " + String.join("; ",
                problems.stream().limit(PROBLEMS_IN_MESSAGE).map(p -> p.where()
                        + (p.column() == null ? "" : ", " + p.column()) + ": " + p.message()).toList())
                + (problems.size() > PROBLEMS_IN_MESSAGE ? "; and " + (problems.size() - PROBLEMS_IN_MESSAGE) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<UnitProblem> problems() {
        return problems;
    }
}
