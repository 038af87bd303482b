package io.dcim.console.cabinet;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.device.DevicePage;
import java.util.Map;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;

class CabinetPagesTest {

    @BothDatabases
    void listsFiftyCabinetsAPageAndFiltersThroughTheUrl(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(CabinetListPage.class);
            DataTable<?, ?> table = (DataTable<?, ?>) tester.getComponentFromLastRenderedPage("cabinets");
            assertThat(table.getItemCount()).isEqualTo(200);
            assertThat(table.getItemsPerPage()).isEqualTo(50);
            assertThat(table.getPageCount()).isEqualTo(4);

            tester.fill("filter", Map.of("minFreeU", "30", "minHeadroomKw", "8")).submit();

            tester.assertRenderedPage(CabinetListPage.class);
            assertThat(tester.getLastRenderedPage().getPageParameters().get("minFreeU").toInt()).isEqualTo(30);
            DataTable<?, ?> filtered = (DataTable<?, ?>) tester.getComponentFromLastRenderedPage("cabinets");
            long expected = services.cabinetQueries().page(new CabinetFilter(
                    services.sites().sites().get(0).getId(), null, null, null, 30, 8_000L, null), PageRequest.first(1, "name")).total();
            assertThat(filtered.getItemCount()).isEqualTo(expected).isLessThan(200);
        }
    }

    @BothDatabases
    void drawsTheElevationWithEveryDeviceLinkedAndThePowerAgainstContract(Database db) {
        Services services = WebTesting.demoSite(db);
        CabinetSummary cabinet = services.cabinetQueries().page(CabinetFilter.ofSite(null),
                new PageRequest(0, 1, "devices", false)).items().get(0);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(CabinetPage.class, cabinet.id());

            tester.assertRenderedPage(CabinetPage.class);
            String html = tester.getLastResponseAsString();
            assertThat(html).contains("data-face=\"front\"").contains("data-face=\"rear\"");
            assertThat(html.split("class=\"slot\"", -1)).hasSize(2 * cabinet.heightU() + 1);
            for (DeviceSummary device : services.deviceQueries().page(DeviceFilter.inCabinet(cabinet.id()),
                    PageRequest.first(100, "position")).items()) {
                if (device.kind() == DeviceKind.PDU) {
                    assertThat(html).contains(device.label() + " · " + device.model());
                } else {
                    assertThat(html).contains("data-device-id=\"" + device.id() + "\"");
                }
            }
            assertThat(html).contains("kW contracted");
        }
    }

    @BothDatabases
    void escapesDeviceNamesInTheDrawing(Database db) {
        Services services = WebTesting.demoSite(db);
        DeviceSummary server = WebTesting.firstGpuServer(services, null);
        var device = services.devices().find(server.id());
        services.devices().edit(device.getId(), device.getVersion(), new io.dcim.inventory.device.DeviceEdit(
                device.getAssetTag(), device.getSerial(), "<script>alert(1)</script>", null, null));
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(CabinetPage.class, server.cabinetId());

            assertThat(tester.getLastResponseAsString()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;");
        }
    }

    @BothDatabases
    void showsADeviceWithItsGpus(Database db) {
        Services services = WebTesting.demoSite(db);
        DeviceSummary server = WebTesting.firstGpuServer(services, null);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(DevicePage.class, server.id());

            tester.assertLabel("assetTag", server.assetTag());
            tester.assertLabel("gpus:gpuCount", "8 GPUs");
            tester.assertContains(server.cabinetName());
        }
    }
}
