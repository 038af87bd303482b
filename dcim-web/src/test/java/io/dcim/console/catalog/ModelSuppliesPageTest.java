package io.dcim.console.catalog;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.console.history.HistoryPage;
import io.dcim.identity.role.Role;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.power.PowerModule;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.SourceKind;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.markup.html.form.FormComponent;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * A device model's power supplies on its catalog page (count and how many it needs: 4+4, N+1), set by whoever may
 * configure the power chain and only read by others; and the power chain's changes in the history by name and
 * type, in English and in Chinese.
 */
class ModelSuppliesPageTest {

    @BothDatabases
    void anAdminSetsAModelsSuppliesToFourPlusFourAndOpsOnlyReadThem(Database db) {
        Services services = WebTesting.demoSite(db);
        try (PowerModule power = start(services, db)) {
            DeviceModel model = services.catalog().deviceModels().stream()
                    .filter(m -> m.getKind().name().equals("GPU_SERVER")).findFirst().orElseThrow();
            try (var admin = WebTesting.signedIn(services, Role.ADMIN)) {
                admin.startPage(DeviceModelEditPage.class, model.getId());
                admin.fill("form", Map.of("supplyFields:supplies", "8", "supplyFields:needed", "4")).submit("save");
                admin.assertNoErrorMessage();
                assertThat(power.chainFacade().modelSupplies(SYSTEM, model.getId()).redundancy()).isEqualTo("4+4");
                admin.startPage(DeviceModelEditPage.class, model.getId());
                admin.assertLabel("form:supplyFields:redundancy", "Recorded: 4+4 (needed + spare; 4+4, N+1)");

                admin.fill("form", Map.of("supplyFields:needed", "9")).submit("save");
                assertThat(admin.getFeedbackMessages(m -> m.isError())).as("more needed than it has").isNotEmpty();
                assertThat(power.chainFacade().modelSupplies(SYSTEM, model.getId()).needed()).isEqualTo(4);
            }
            try (var ops = WebTesting.signedIn(services, Role.OPS)) {
                ops.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
                ops.startPage(DeviceModelEditPage.class, model.getId());
                ops.assertContains("\u7535\u6e90\u6a21\u5757");
                assertThat(((FormComponent<?>) ops.getComponentFromLastRenderedPage("form:supplyFields:supplies"))
                        .isEnabled()).as("ops do not hold power.configure").isFalse();
            }
        }
    }

    @BothDatabases
    void thePowerChainsChangesAreInTheHistoryByNameAndType(Database db) {
        Services services = WebTesting.demoSite(db);
        try (PowerModule power = start(services, db)) {
            long site = services.sites().sites().get(0).getId();
            power.chainFacade().addSource(SYSTEM, new NewSource(site, "UPS-Z", SourceKind.UPS, 400_000));
            try (var tester = WebTesting.signedIn(services, Role.OPS)) {
                tester.startPage(HistoryPage.class, new PageParameters().set("kind", "power-source"));
                tester.assertLabel("list:body:rows:1:cells:3:cell:object:objectLabel", "power source UPS-Z");
                tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
                tester.startPage(HistoryPage.class, new PageParameters().set("kind", "power-source"));
                tester.assertLabel("list:body:rows:1:cells:3:cell:object:objectLabel", "\u7535\u6e90 UPS-Z");
            }
        }
    }

    private static PowerModule start(Services services, Database db) {
        PowerModule power = PowerModule.start(db, Clock.systemUTC(), PowerModule.Config.defaults(
                CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key())));
        services.attachPower(power);
        return power;
    }
}
