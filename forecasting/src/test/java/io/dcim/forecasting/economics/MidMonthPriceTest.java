package io.dcim.forecasting.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.testing.RealUsage;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.contract.ContractService;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A price and a contract changing within March 2025, over the real usage query (daily usage_day rows): each day's
 * usage is priced at that day's prices, the month split at the changes. {@link SmallSite}'s prices, then:
 * <ul>
 *   <li>the H100 list price 20.0000 per card-hour and 0.0500 per core-hour until 15 March, 24.0000 and 0.0600 from
 *       the 16th;</li>
 *   <li>tenant A's discount 10 % until 20 March, 20 % from the 21st;</li>
 *   <li>tenant B's package: 1,000 card-hours for 15,000.00 (15.00 an hour), February to December.</li>
 * </ul>
 * Usage: A 400 card-h and 3,200 core-h on 10 March, 600 and 4,800 on the 18th, 500 and 4,000 on the 25th; B 600
 * card-h on 10 February, 300 on 5 March, 400 card-h and 1,000 core-h on 20 March.
 */
class MidMonthPriceTest {

    private static final YearMonth MAR = YearMonth.of(2025, 3);

    @BothDatabases
    void eachDaysUsageIsPricedAtThatDaysPricesTheMonthSplitWhereTheyChange(Fixture f) {
        TenantStatement a = f.statements.statement(f.site.a.getId(), MAR);

        // 1-15 March: 400 × 20 × 0.9 = 7,200.00, 3,200 × 0.05 × 0.9 = 144.00
        // 16-20 March: 600 × 24 × 0.9 = 12,960.00, 4,800 × 0.06 × 0.9 = 259.20
        // 21-31 March: 500 × 24 × 0.8 = 9,600.00, 4,000 × 0.06 × 0.8 = 192.00
        assertThat(a.lines()).extracting(l -> l.revenue().from(), l -> l.revenue().to(),
                        l -> n(l.revenue().cardHourPrice()),
                        l -> n(l.revenue().discountPercent()), l -> n(l.revenue().cardAmount()),
                        l -> n(l.revenue().coreAmount()))
                .containsExactly(tuple(day(1), day(15), "20", "10", "7200", "144"),
                        tuple(day(16), day(20), "24", "10", "12960", "259.2"),
                        tuple(day(21), day(31), "24", "20", "9600", "192"));
        assertThat(a.amount()).isEqualByComparingTo("30355.20");

        TenantStatement b = f.statements.statement(f.site.b.getId(), MAR);
        // 400 left of the package after February's 600. 1-15 March: 300 from it × 15 = 4,500.00. 16-20 March: 100
        // from it = 1,500.00, 300 × 24 = 7,200.00, 1,000 core-h × 0.06 = 60.00.
        assertThat(b.lines()).extracting(l -> n(l.revenue().packageCardHours()), l -> n(l.revenue().amount()))
                .containsExactly(tuple("300", "4500"), tuple("100", "8760"));
        assertThat(b.amount()).isEqualByComparingTo("13260.00");

        EconomicsRow march = f.economics.report(f.site.siteId(), MAR, MAR, EconomicsGrouping.MONTH, WhatIf.NONE)
                .rows().get(0);
        assertThat(march.revenue()).as("30,355.20 + 13,260.00").isEqualByComparingTo("43615.20");
        assertThat(march.cardHoursUsed()).isEqualByComparingTo("2200");
    }

    /** Amounts compared as people read them, whatever scale the database returns. */
    private static String n(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static LocalDate day(int d) {
        return MAR.atDay(d);
    }

    /** The small site with the prices, contracts and usage above; {@link StatementWorkbookTest} writes its statements. */
    static final class Fixture {
        final SmallSite site;
        final SiteEconomics economics;
        final Statements statements;

        Fixture(Database db) {
            MutableClock clock = new MutableClock(Instant.parse("2026-12-04T10:00:00Z"));
            site = new SmallSite(db, clock);
            PriceBook prices = site.prices;
            GpuClassPrice price = prices.prices().get(0);
            prices.editPrice(price.getId(), price.getVersion(), new PriceInput(GpuClass.H100_CLASS,
                    new BigDecimal("20.0000"), new BigDecimal("0.0500"), LocalDate.of(2025, 1, 1), day(15)));
            prices.createPrice(new PriceInput(GpuClass.H100_CLASS, new BigDecimal("24.0000"), new BigDecimal("0.0600"),
                    day(16), null));
            TenantContract contract = prices.contracts().get(0);
            prices.editContract(contract.getId(), contract.getVersion(), new ContractInput(site.a.getId(),
                    new BigDecimal("10"), LocalDate.of(2025, 1, 1), day(20), null));
            prices.createContract(new ContractInput(site.a.getId(), new BigDecimal("20"), day(21), null, null));
            used(db, LocalDate.of(2025, 2, 10), site.b.getId(), 600, 0);
            used(db, day(5), site.b.getId(), 300, 0);
            used(db, day(10), site.a.getId(), 400, 3_200);
            used(db, day(18), site.a.getId(), 600, 4_800);
            used(db, day(20), site.b.getId(), 400, 1_000);
            used(db, day(25), site.a.getId(), 500, 4_000);
            economics = new SiteEconomics(db, prices, RealUsage.of(db), site.energy, new AssetQueries(db),
                    new ContractService(db, clock));
            statements = new Statements(db, prices, economics, site.energy);
        }

        /** A day's usage as the usage import leaves it. */
        private void used(Database db, LocalDate day, long tenant, long cardHours, long coreHours) {
            db.execute(session -> session.createNativeMutationQuery("insert into usage_day (site_id, on_day, gpu_class,"
                            + " tenant_id, card_seconds, core_seconds) values (:site, :day, 'H100_CLASS', :tenant, :card,"
                            + " :core)").setParameter("site", site.siteId()).setParameter("day", day)
                    .setParameter("tenant", tenant).setParameter("card", cardHours * 3600)
                    .setParameter("core", coreHours * 3600).executeUpdate());
        }
    }
}
