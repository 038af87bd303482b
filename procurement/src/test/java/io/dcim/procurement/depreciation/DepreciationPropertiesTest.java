package io.dcim.procurement.depreciation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random assets, from one fen to a hundred million CNY, every method and convention, with and
 * without changes of terms and disposals: the books must tie to the fen every time.
 */
class DepreciationPropertiesTest {

    private static final int ASSETS = 10_000;
    private final DepreciationCalculator calculator = new DepreciationCalculator();

    @Test
    void periodsSumExactlyToCostLessResidualAndAreNeverNegative() {
        Random random = new Random(20240515L);
        for (int i = 0; i < ASSETS; i++) {
            AssetTerms terms = randomTerms(random);
            DepreciationSchedule schedule = calculator.schedule(terms);

            assertThat(schedule.periods()).as("%s", terms).hasSize(terms.usefulLifeMonths());
            assertThat(schedule.totalDepreciation()).as("%s", terms).isEqualTo(terms.cost().subtract(terms.residualValue()));
            assertBooksAreConsistent(terms, schedule);
        }
    }

    @Test
    void changesOfTermsStillTieExactlyAndDisposalsStopTheBooksWhereTheyAre() {
        Random random = new Random(7L);
        int changed = 0;
        int disposed = 0;
        for (int i = 0; i < ASSETS; i++) {
            AssetTerms terms = randomTerms(random);
            List<DepreciationEvent> events = new ArrayList<>();
            TermsChange change = random.nextBoolean() ? randomChange(random, terms) : null;
            if (change != null) {
                events.add(change);
            }
            boolean dispose = random.nextInt(4) == 0;
            if (dispose) {
                int after = change == null ? 0 : monthsFromStart(terms, change.month()) + 1;
                YearMonth month = terms.firstDepreciationMonth().plusMonths(after + random.nextInt(terms.usefulLifeMonths()));
                events.add(new Disposal(month, BigDecimal.valueOf(random.nextInt(1_000_000), 2)));
            }

            DepreciationSchedule schedule = calculator.schedule(terms, events);

            assertBooksAreConsistent(terms, schedule);
            if (dispose) {
                disposed++;
                DisposalResult result = schedule.disposal().orElseThrow();
                assertThat(result.netBookValue().add(result.accumulatedDepreciation())).isEqualTo(terms.cost());
                assertThat(result.gainOrLoss()).isEqualTo(result.proceeds().subtract(result.netBookValue()));
            } else {
                changed += change == null ? 0 : 1;
                int life = change == null ? terms.usefulLifeMonths() : change.newUsefulLifeMonths().orElse(terms.usefulLifeMonths());
                assertThat(schedule.periods()).as("%s %s", terms, events).hasSize(life);
                assertThat(schedule.totalDepreciation()).as("%s %s", terms, events)
                        .isEqualTo(terms.cost().subtract(schedule.residualValue()));
            }
        }
        assertThat(changed).as("schedules with a change that ran to the end").isGreaterThan(ASSETS / 4);
        assertThat(disposed).as("schedules with a disposal").isGreaterThan(ASSETS / 8);
    }

    /** One assertion per asset, naming the first month at fault: per-month assertions would dominate the run time. */
    private static void assertBooksAreConsistent(AssetTerms terms, DepreciationSchedule schedule) {
        assertThat(firstInconsistency(terms, schedule)).as("%s", terms).isEmpty();
    }

    private static String firstInconsistency(AssetTerms terms, DepreciationSchedule schedule) {
        BigDecimal running = BigDecimal.ZERO;
        YearMonth expectedMonth = terms.firstDepreciationMonth();
        for (Period period : schedule.periods()) {
            running = running.add(period.depreciation());
            if (!period.month().equals(expectedMonth)) {
                return "gap before " + period;
            } else if (period.depreciation().signum() < 0 || period.depreciation().scale() != 2) {
                return "negative or not in fen: " + period;
            } else if (!period.accumulated().equals(running) || !period.netBookValue().equals(terms.cost().subtract(running))) {
                return "balances do not follow the charges: " + period;
            } else if (period.netBookValue().compareTo(schedule.residualValue()) < 0) {
                return "below the residual " + schedule.residualValue() + ": " + period;
            }
            expectedMonth = expectedMonth.plusMonths(1);
        }
        return "";
    }

    private static AssetTerms randomTerms(Random random) {
        // Log-uniform from 0.01 to 100,000,000.00 CNY so tiny amounts (where rounding bites) are common.
        long fen = Math.max(1, Math.round(Math.pow(10, random.nextDouble() * 10)));
        BigDecimal cost = BigDecimal.valueOf(fen, 2);
        BigDecimal rate = random.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(2001), 4);
        DepreciationMethod method = DepreciationMethod.values()[random.nextInt(3)];
        int life = method.needsWholeYears() ? 12 * (1 + random.nextInt(10)) : 12 + random.nextInt(109);
        LocalDate inService = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3650));
        StartConvention convention = StartConvention.values()[random.nextInt(2)];
        return new AssetTerms(cost, rate, life, method, inService, convention);
    }

    /** A change the asset can take: within its life, a life that outlasts it, a residual no higher than before. */
    private static TermsChange randomChange(Random random, AssetTerms terms) {
        int at = random.nextInt(terms.usefulLifeMonths());
        YearMonth month = terms.firstDepreciationMonth().plusMonths(at);
        Integer life = null;
        if (random.nextBoolean()) {
            int least = Math.max(12, at + 1);
            life = terms.method().needsWholeYears()
                    ? 12 * ((least + 11) / 12 + random.nextInt(4))
                    : least + random.nextInt(60);
        }
        BigDecimal rate = life == null || random.nextBoolean()
                ? terms.residualRate().multiply(BigDecimal.valueOf(random.nextInt(101), 2))
                : null;
        return new TermsChange(month, life, rate);
    }

    private static int monthsFromStart(AssetTerms terms, YearMonth month) {
        return (int) terms.firstDepreciationMonth().until(month, java.time.temporal.ChronoUnit.MONTHS);
    }
}
