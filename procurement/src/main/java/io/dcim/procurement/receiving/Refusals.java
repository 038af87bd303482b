package io.dcim.procurement.receiving;

import io.dcim.common.error.DomainException;
import io.dcim.common.error.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The units of one delivery refused so far, gathered rather than thrown one at a time so that
 * the answer lists every refused row. Units are indexed as the service sees them (the readable
 * units, from 0) and reported as people number them: the grid row or the packing list's line,
 * with the packing list's own column names.
 */
final class Refusals {

    private final IntUnaryOperator unitNumber;
    private final IntUnaryOperator fileLine;
    private final List<UnitProblem> problems = new ArrayList<>();
    private final Set<Integer> refused = new HashSet<>();
    private final boolean alwaysListed;
    private DomainException first;

    private Refusals(IntUnaryOperator unitNumber, IntUnaryOperator fileLine, List<UnitProblem> unreadable) {
        this.unitNumber = unitNumber;
        this.fileLine = fileLine;
        this.problems.addAll(unreadable);
        this.alwaysListed = fileLine != null;
    }

    /** Units typed in the grid or sent to the API: unit i is the (i+1)th. */
    static Refusals ofUnits() {
        return new Refusals(i -> i + 1, null, List.of());
    }

    /** The readable units of a packing list, after the rows it could not read. */
    static Refusals ofPackingList(PackingList list) {
        return new Refusals(list::unitNumber, list::line, list.problems());
    }

    void add(int index, DomainException e) {
        first = first == null ? e : first;
        refused.add(index);
        Integer line = fileLine == null ? null : fileLine.applyAsInt(index);
        String column = column(e.field());
        problems.add(new UnitProblem(unitNumber.applyAsInt(index), line,
                line == null || column == null ? column : fileColumn(column), e.why()));
    }

    boolean isRefused(int index) {
        return refused.contains(index);
    }

    /** How a refusal names the unit: "line 4" of a packing list, "unit 3" of the grid. */
    Message where(int index) {
        return fileLine == null ? Message.of("procurement.receiving.unit", unitNumber.applyAsInt(index))
                : Message.of("procurement.receiving.line", fileLine.applyAsInt(index));
    }

    /**
     * Throws when any unit was refused, which rolls the delivery back. A single refusal of typed
     * units is thrown as it is (its field names the unit); several, or any from a packing list,
     * as one {@link DeliveryRefusedException} listing them all.
     */
    void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        if (problems.size() == 1 && !alwaysListed) {
            throw first;
        }
        throw new DeliveryRefusedException(problems);
    }

    /** {@code units[3].gpuSerials} → {@code gpuSerials}. */
    private static String column(String field) {
        if (field == null) {
            return null;
        }
        int dot = field.indexOf("].");
        return dot < 0 ? field : field.substring(dot + 2);
    }

    /** {@code gpuSerials} → {@code gpu_serials}, the packing list's name for it. */
    private static String fileColumn(String column) {
        return column.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
