package io.dcim.procurement.receiving;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
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
        super("units", summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<UnitProblem> problems() {
        return problems;
    }

    private static Message summary(List<UnitProblem> problems) {
        List<Message> listed = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(DeliveryRefusedException::item).toList();
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            return Message.of("procurement.receiving.refusedMore", problems.size(), listed,
                    problems.size() - PROBLEMS_IN_MESSAGE);
        }
        return problems.size() == 1 ? Message.of("procurement.receiving.refusedOne", problems.size(), listed)
                : Message.of("procurement.receiving.refused", problems.size(), listed);
    }

    private static Message item(UnitProblem p) {
        return p.column() == null ? Message.of("procurement.receiving.problem", p.where(), p.why())
                : Message.of("procurement.receiving.problemInColumn", p.where(), p.column(), p.why());
    }
}
