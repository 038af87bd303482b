package io.dcim.console.economics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.economics.GpuClassPrice;
import io.dcim.forecasting.economics.PriceInput;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.identity.role.Role;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The statement page gives each line its days: the H100 list price changing on 16 March 2025 splits the tenant's
 * March in two lines of one class at two prices, and each says which days it covers, in the reader's language.
 */
class StatementPageTest {

    private static final Caller ADMIN = Caller.system("admin");

    @BothDatabases
    void aMonthSplitByAPriceChangeShowsTheDaysOfEachLineInBothLanguages(Database db) {
        Services services = WebTesting.demoSite(db);
        long site = services.sites().sites().get(0).getId();
        Tenant tenant = services.tenants().create("Split Month Ltd", TenantKind.ENTERPRISE);
        var pricing = services.economics().pricingFacade();
        pricing.createPrice(ADMIN, new PriceInput(GpuClass.H100_CLASS, new BigDecimal("20"), new BigDecimal("0.05"),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 15)));
        pricing.createPrice(ADMIN, new PriceInput(GpuClass.H100_CLASS, new BigDecimal("24"), new BigDecimal("0.06"),
                LocalDate.of(2025, 3, 16), null));
        used(db, site, LocalDate.of(2025, 3, 10), tenant.getId(), 400);
        used(db, site, LocalDate.of(2025, 3, 18), tenant.getId(), 600);
        assertThat(pricing.prices(ADMIN)).extracting(GpuClassPrice::getCardHourPrice).hasSize(2);

        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            PageParameters march = new PageParameters().set("tenant", tenant.getId()).set("month", "2025-03");
            tester.startPage(StatementPage.class, march);
            tester.assertRenderedPage(StatementPage.class);
            tester.assertNoErrorMessage();
            tester.assertContains("<th>Days</th>");
            tester.assertLabel("lines:0:period", "1 Mar 2025 \u2013 15 Mar 2025");
            tester.assertLabel("lines:0:cardPrice", "20");
            tester.assertLabel("lines:1:period", "16 Mar 2025 \u2013 31 Mar 2025");
            tester.assertLabel("lines:1:cardPrice", "24");

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(StatementPage.class, march);
            tester.assertContains("\u8ba1\u8d39\u65e5\u671f");
            tester.assertLabel("lines:0:period", "2025\u5e743\u67081\u65e5\u81f32025\u5e743\u670815\u65e5");
            tester.assertLabel("lines:1:period", "2025\u5e743\u670816\u65e5\u81f32025\u5e743\u670831\u65e5");
        }
    }

    /** A day's usage as the usage import leaves it. */
    private static void used(Database db, long site, LocalDate day, long tenant, long cardHours) {
        db.execute(session -> session.createNativeMutationQuery("insert into usage_day (site_id, on_day, gpu_class,"
                        + " tenant_id, card_seconds, core_seconds)"
                        + " values (:site, :day, 'H100_CLASS', :tenant, :card, 0)")
                .setParameter("site", site).setParameter("day", day).setParameter("tenant", tenant)
                .setParameter("card", cardHours * 3600).executeUpdate());
    }
}
