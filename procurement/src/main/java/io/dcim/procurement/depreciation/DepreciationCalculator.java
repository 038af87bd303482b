package io.dcim.procurement.depreciation;

import io.dcim.common.error.InvalidValueException;

import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes monthly depreciation schedules. Pure and stateless: safe to share between threads.
 *
 * <p>Every amount is rounded to the fen. Each month's charge is the planned amount (see
 * {@link MonthlyPlan}) but never more than what is left to depreciate, and the last month of
 * the life takes exactly what is left, so accumulated depreciation at the end of the life is
 * cost − residual to the fen and no month is negative.
 */
public final class DepreciationCalculator {

    /** The schedule of an asset that nothing happens to during its life. */
    public DepreciationSchedule schedule(AssetTerms terms) {
        return schedule(terms, List.of());
    }

    /**
     * The schedule of an asset given what happens to it: any number of {@link TermsChange}s (at
     * most one per month) and at most one {@link Disposal}, in any order.
     *
     * @throws InvalidValueException naming the field when an event does not fit the asset
     */
    public DepreciationSchedule schedule(AssetTerms terms, List<? extends DepreciationEvent> events) {
        if (terms == null) {
            throw new InvalidValueException("terms", Message.of("procurement.depreciation.termsRequired"));
        }
        Events sorted = Events.of(terms, events);
        return new Run(terms, sorted).schedule();
    }

    /** The events of one asset, checked against each other and sorted by month. */
    private record Events(List<TermsChange> changes, Optional<Disposal> disposal) {

        static Events of(AssetTerms terms, List<? extends DepreciationEvent> events) {
            List<TermsChange> changes = new ArrayList<>();
            Disposal disposal = null;
            for (DepreciationEvent event : events) {
                if (event instanceof Disposal d) {
                    if (disposal != null) {
                        throw new InvalidValueException("disposalMonth", Message.of("procurement.depreciation.disposedTwice",
                                disposal.month(), d.month()));
                    }
                    disposal = d;
                } else if (event instanceof TermsChange c) {
                    changes.add(c);
                }
            }
            YearMonth inService = YearMonth.from(terms.inServiceDate());
            if (disposal != null && disposal.month().isBefore(inService)) {
                throw new InvalidValueException("disposalMonth", Message.of("procurement.depreciation.disposedBeforeService",
                        disposal.month(), inService));
            }
            changes.sort(Comparator.comparing(TermsChange::month));
            for (int i = 0; i < changes.size(); i++) {
                TermsChange change = changes.get(i);
                if (i > 0 && changes.get(i - 1).month().equals(change.month())) {
                    throw new InvalidValueException("effectiveMonth", Message.of("procurement.depreciation.changesSameMonth",
                            change.month()));
                }
                if (disposal != null && change.month().isAfter(disposal.month())) {
                    throw new InvalidValueException("effectiveMonth", Message.of("procurement.depreciation.changeAfterDisposal",
                            change.month(), disposal.month()));
                }
            }
            return new Events(changes, Optional.ofNullable(disposal));
        }
    }

    /** One computation: the mutable state of walking an asset through its months. */
    private static final class Run {

        private final AssetTerms terms;
        private final Events events;
        private final YearMonth first;
        private int lifeMonths;
        private BigDecimal residualRate;
        private BigDecimal residual;
        private BigDecimal accumulated = Money.ZERO;
        private BigDecimal netBookValue;
        private MonthlyPlan plan;
        private int nextChange;
        private final List<Period> periods = new ArrayList<>();

        Run(AssetTerms terms, Events events) {
            this.terms = terms;
            this.events = events;
            this.first = terms.firstDepreciationMonth();
            this.lifeMonths = terms.usefulLifeMonths();
            this.residualRate = terms.residualRate();
            this.residual = terms.residualValue();
            this.netBookValue = terms.cost();
        }

        DepreciationSchedule schedule() {
            int stop = events.disposal().map(d -> monthIndex(d.month()) + 1).orElse(Integer.MAX_VALUE);
            applyChangesDueBy(0);
            plan = MonthlyPlan.of(terms.method(), 0, lifeMonths, netBookValue, residual, netBookValue);
            for (int month = 0; month < lifeMonths && month < stop; month++) {
                if (applyChangesDueBy(month)) {
                    plan = MonthlyPlan.of(terms.method(), month, lifeMonths, netBookValue, residual, yearOpening(month));
                }
                BigDecimal left = netBookValue.subtract(residual);
                BigDecimal charge = month == lifeMonths - 1 ? left : plan.amountFor(month).min(left);
                accumulated = accumulated.add(charge);
                netBookValue = netBookValue.subtract(charge);
                periods.add(new Period(first.plusMonths(month), charge, accumulated, netBookValue));
            }
            if (nextChange < events.changes().size()) {
                TermsChange late = events.changes().get(nextChange);
                throw new InvalidValueException("effectiveMonth", Message.of("procurement.depreciation.fullyDepreciated",
                        first.plusMonths(lifeMonths - 1L), late.month()));
            }
            return new DepreciationSchedule(terms, first, residual, periods, events.disposal().map(this::disposalResult));
        }

        /** Net book value at the start of the asset year containing month index {@code month}. */
        private BigDecimal yearOpening(int month) {
            int yearStart = month / 12 * 12;
            return yearStart == 0 ? terms.cost() : periods.get(yearStart - 1).netBookValue();
        }

        /** Applies every change effective in or before month index {@code month}; true if any was. */
        private boolean applyChangesDueBy(int month) {
            boolean applied = false;
            while (nextChange < events.changes().size() && monthIndex(events.changes().get(nextChange).month()) <= month) {
                apply(events.changes().get(nextChange++), month);
                applied = true;
            }
            return applied;
        }

        private void apply(TermsChange change, int month) {
            int newLife = change.newUsefulLifeMonths().orElse(lifeMonths);
            AssetTerms.validLife(newLife, terms.method());
            if (newLife <= month) {
                throw new InvalidValueException("usefulLifeMonths", Message.of("procurement.depreciation.lifeTooShort", newLife,
                        change.month(), month));
            }
            BigDecimal newRate = change.newResidualRate().orElse(residualRate);
            BigDecimal newResidual = terms.residualValue(newRate);
            if (newResidual.compareTo(netBookValue) > 0) {
                throw new InvalidValueException("residualRate", Message.of("procurement.depreciation.residualAboveBookValue",
                        newResidual.toPlainString(), netBookValue.toPlainString(), change.month()));
            }
            lifeMonths = newLife;
            residualRate = newRate;
            residual = newResidual;
        }

        private DisposalResult disposalResult(Disposal disposal) {
            return new DisposalResult(disposal.month(), disposal.proceeds(), accumulated, netBookValue,
                    disposal.proceeds().subtract(netBookValue));
        }

        private int monthIndex(YearMonth month) {
            // Clamped: anything before the first month counts as "at the start", anything past
            // any possible life as "after the end", without int overflow.
            long index = ChronoUnit.MONTHS.between(first, month);
            return (int) Math.max(-1, Math.min(AssetTerms.MAX_LIFE_MONTHS + 1, index));
        }
    }
}
