package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.console.auth.ApiTokensPage;
import io.dcim.identity.role.Role;
import io.dcim.console.auth.UsersPage;
import io.dcim.console.cabinet.CabinetListPage;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.device.DevicePage;
import io.dcim.console.device.PlaceDevicePage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.console.history.HistoryPage;
import io.dcim.console.home.HomePage;
import io.dcim.console.room.RoomPage;
import io.dcim.console.search.SearchPage;
import io.dcim.console.transfer.ImportPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.wicket.Page;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * After each request every loadable model of every page is detached (so no entity or list
 * stays in the session) and the page serializes (the page store needs it).
 */
class PagesDetachTheirModelsTest {

    @BothDatabases
    void everyPageDetachesItsModelsAndSerializes(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        List<Class<? extends Page>> pages = List.of(
                HomePage.class,
                CabinetListPage.class,
                CabinetPage.class,
                RoomPage.class,
                DeviceListPage.class,
                DevicePage.class,
                PlaceDevicePage.class,
                GpuListPage.class,
                SearchPage.class,
                HistoryPage.class,
                io.dcim.console.power.SitePowerPage.class,
                io.dcim.console.power.SnmpTargetsPage.class,
                io.dcim.console.power.SnmpProfilesPage.class,
                io.dcim.console.power.SnmpTargetPage.class,
                io.dcim.console.power.ThresholdsPage.class,
                ImportPage.class,
                ApiTokensPage.class,
                UsersPage.class,
                io.dcim.console.purchase.PurchaseListPage.class,
                io.dcim.console.purchase.PurchaseRequestPage.class,
                io.dcim.console.purchase.AssetListPage.class,
                io.dcim.console.purchase.NewPurchaseRequestPage.class,
                io.dcim.console.purchase.SupplierListPage.class,
                io.dcim.console.purchase.AssetPage.class,
                io.dcim.console.capacity.CapacityPage.class,
                io.dcim.console.capacity.CapacityResourcePage.class,
                io.dcim.console.capacity.PipelinePage.class,
                io.dcim.console.capacity.TrainingCalculatorPage.class,
                io.dcim.console.capacity.ScenariosPage.class,
                io.dcim.console.purchase.OrderPage.class,
                io.dcim.console.purchase.ReceivingPage.class,
                io.dcim.console.purchase.ExportPage.class,
                io.dcim.console.purchase.ExpiringPage.class);
        Map<Class<? extends Page>, PageParameters> parameters = DemoPageParameters.of(services);
        // The power pages need the power module running (no SNMP target is polled here).
        try (var power = WebTesting.attachPower(services, db);
             var tester = WebTesting.signedIn(services, Role.ADMIN, Role.OPS, Role.MANAGER, Role.ANALYST)) {
            for (Class<? extends Page> page : pages) {
                tester.startPage(page, parameters.getOrDefault(page, new PageParameters()));
                tester.assertRenderedPage(page);
                Page rendered = tester.getLastRenderedPage();
                List<String> attached = new ArrayList<>();
                rendered.visitChildren((component, visit) -> {
                    if (component.getDefaultModel() instanceof LoadableDetachableModel<?> model && model.isAttached()) {
                        attached.add(component.getPageRelativePath());
                    }
                });
                assertThat(attached).as(page.getSimpleName() + " components with attached models").isEmpty();
                WebTesting.assertSerializable(rendered);
            }
        }
    }
}
