package io.dcim.console.economics;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.economics.ElectricityTariff;
import io.dcim.forecasting.economics.GpuClassPrice;
import io.dcim.forecasting.economics.TariffInput;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.wicket.feedback.FeedbackMessage;

/** The price book's edit pages add, edit and delete through the pricing façade and show its refusals beside the field. */
class PriceBookEditPagesTest {

    @BothDatabases
    void aManagerAddsAListPriceEditsItsDaysAndDeletesIt(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(PricesPage.class);
            tester.clickLink("newPrice");
            tester.assertRenderedPage(PriceEditPage.class);
            tester.assertContains("New list price");
            tester.fill("form", Map.of("cardHourPrice", "21.5", "validFrom", "2025-01-01"))
                    .select("gpuClass", 1).submit("save");
            tester.assertRenderedPage(PricesPage.class);
            tester.assertNoErrorMessage();
            GpuClassPrice price = services.economics().pricingFacade().prices(SYSTEM).get(0);
            assertThat(price.getCardHourPrice()).isEqualByComparingTo("21.5");
            assertThat(price.getValidity().getValidTo()).isNull();

            tester.startPage(PriceEditPage.class, price.getId());
            tester.assertContains("2025-01-01");
            tester.fill("form", Map.of("validTo", "2024-12-31")).submit("save");
            assertThat(tester.getComponentFromLastRenderedPage("form:validTo").getFeedbackMessages()
                    .hasMessage(FeedbackMessage.ERROR)).isTrue();
            tester.fill("form", Map.of("validTo", "2025-12-31")).submit("save");
            tester.assertNoErrorMessage();
            tester.assertContains("The price was saved.");
            assertThat(services.economics().pricingFacade().prices(SYSTEM).get(0).getValidity().getValidTo())
                    .isEqualTo(LocalDate.of(2025, 12, 31));

            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(PricesPage.class);
            assertThat(services.economics().pricingFacade().prices(SYSTEM)).isEmpty();
        }
    }

    @BothDatabases
    void aTariffOverlappingAnotherIsRefusedBesideItsFirstDayAndAnUnknownIdIsNotFound(Database db) {
        Services services = WebTesting.demoSite(db);
        long site = services.sites().sites().get(0).getId();
        ElectricityTariff tariff = services.economics().pricingFacade().createTariff(Caller.system("admin"),
                new TariffInput(site, new BigDecimal("0.262"), LocalDate.of(2025, 1, 1), null));
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(TariffEditPage.class, tariff.getId());
            tester.assertContains("0.262");
            tester.startPage(TariffEditPage.class);
            tester.fill("form", Map.of("cnyPerKwh", "0.3", "validFrom", "2025-06-01"))
                    .select("siteId", 0).submit("save");
            tester.assertRenderedPage(TariffEditPage.class);
            assertThat(tester.getComponentFromLastRenderedPage("form:validFrom").getFeedbackMessages()
                    .hasMessage(FeedbackMessage.ERROR)).isTrue();
            assertThat(services.economics().pricingFacade().tariffs(SYSTEM)).hasSize(1);

            tester.setExposeExceptions(false);
            tester.startPage(ContractEditPage.class, 987_654);
            assertThat(tester.getLastResponse().getStatus()).isEqualTo(404);
        }
    }
}
