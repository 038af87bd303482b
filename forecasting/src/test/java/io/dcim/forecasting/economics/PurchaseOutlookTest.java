package io.dcim.forecasting.economics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.testing.Purchases;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestKind;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A request for 2 H100 servers (16 cards, 8,700 W typical each) at 1,200,000.00 net each, delivered 2025-05-10 into
 * the site's empty cabinet L2, looked at on 2025-04-10 against {@link SmallSite}'s January to March 2025:
 * <ul>
 *   <li>utilization 3,800 card-h used / 11,328 available (nothing in January) = 0.3355; a used card-hour earned
 *       66,950.00 / 3,800 = 17.6184;</li>
 *   <li>depreciation from June 2025: (1,200,000 − 5 %) / 60 = 19,000.00 a server, 38,000.00 a month;</li>
 *   <li>electricity: 17.4 kW × 720 h (June) × PUE 1.25 × 0.2620 = 4,102.92; a 31-day month 4,239.68;</li>
 *   <li>June: utilization 0.3355 / 6 = 0.0559, 16 × 720 × 0.0559 = 643.968 card-h × 17.6184 = 11,345.69, margin
 *       11,345.69 − 38,000.00 − 4,102.92 = −30,757.23; July: 0.1118, 1,330.8672 card-h, 23,447.75, −18,791.93;</li>
 *   <li>November (ramp done): 0.3355, 68,094.41, margin 25,991.49, cumulative −10,903.96; December 70,364.22,
 *       28,124.54, cumulative 17,220.58: it breaks even in December 2025.</li>
 * </ul>
 */
class PurchaseOutlookTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-04-10T02:00:00Z"));

    @BothDatabases
    void marginMonthByMonthAsTheNewCardsRampAndTheBreakEvenMonthAreWorkedOutByHand(Database db) {
        SmallSite site = new SmallSite(db, clock);

        PurchaseMargin margin = outlookOfTwoH100Servers(db, site, LocalDate.of(2025, 5, 10));

        assertThat(margin.gpus()).isEqualTo(16);
        assertThat(margin.trailingFrom()).isEqualTo(YearMonth.of(2025, 1));
        assertThat(margin.trailingTo()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(margin.targetUtilization()).isEqualByComparingTo("0.3355");
        assertThat(margin.revenuePerCardHour()).isEqualByComparingTo("17.6184");
        assertThat(margin.cabinetsToLease()).isZero();
        assertThat(margin.leasePerCabinet()).isEqualByComparingTo("9800.00");
        assertThat(margin.firstMonth()).isEqualTo(YearMonth.of(2025, 6));
        assertThat(margin.months()).hasSize(36);
        MarginMonth june = margin.months().get(0);
        assertThat(june.utilization()).isEqualByComparingTo("0.0559");
        assertThat(june.cardHoursUsed()).isEqualByComparingTo("643.968");
        assertThat(june.revenue()).isEqualByComparingTo("11345.69");
        assertThat(june.depreciation()).isEqualByComparingTo("38000.00");
        assertThat(june.lease()).isEqualByComparingTo("0");
        assertThat(june.electricity()).isEqualByComparingTo("4102.92");
        assertThat(june.grossMargin()).isEqualByComparingTo("-30757.23");
        MarginMonth july = margin.months().get(1);
        assertThat(july.revenue()).isEqualByComparingTo("23447.75");
        assertThat(july.electricity()).isEqualByComparingTo("4239.68");
        assertThat(july.cumulativeMargin()).isEqualByComparingTo("-49549.16");
        MarginMonth november = margin.months().get(5);
        assertThat(november.utilization()).isEqualByComparingTo("0.3355");
        assertThat(november.revenue()).isEqualByComparingTo("68094.41");
        assertThat(november.cumulativeMargin()).isEqualByComparingTo("-10903.96");
        assertThat(margin.months().get(6).cumulativeMargin()).isEqualByComparingTo("17220.58");
        assertThat(margin.breakEven()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(margin.remarks()).isEmpty();
    }

    @BothDatabases
    void withoutUsageInTheLastThreeMonthsRevenueReadsZeroSaysSoAndNeverBreaksEven(Database db) {
        SmallSite site = new SmallSite(db, clock);
        clock.advance(java.time.Duration.ofDays(244)); // 2025-12-10: September to November had no usage at all

        PurchaseMargin margin = outlookOfTwoH100Servers(db, site, LocalDate.of(2026, 1, 10));

        assertThat(margin.revenuePerCardHour()).isEqualByComparingTo("0");
        assertThat(margin.months()).allSatisfy(m -> assertThat(m.revenue()).isEqualByComparingTo("0"));
        assertThat(margin.breakEven()).isNull();
        assertThat(margin.notes(java.util.Locale.ROOT)).singleElement().asString().contains("Sep 2025", "Nov 2025");
    }

    /** The outlook of the class comment's request: 2 H100 servers at 1,200,000.00 net each into L2, {@code needed}. */
    private PurchaseMargin outlookOfTwoH100Servers(Database db, SmallSite site, LocalDate needed) {
        Purchases purchases = new Purchases(db, clock);
        PurchaseRequest request = purchases.requests.create("ops-alice", new RequestDraft("Two H100 servers", "growth",
                RequestKind.EQUIPMENT, site.siteId(), Set.of(site.l2.getId()), null, null, needed, null,
                List.of(LineInput.equipment(site.inventory.h100Server().getId(), 2, new BigDecimal("1200000.00"),
                        Purchases.VAT))));
        return new PurchaseOutlook(db, purchases.requests, purchases.approvals, site.economics, site.prices, clock)
                .outlook(request.getId());
    }
}
