package io.dcim.console.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;

/** The device list: the hall beside the cabinet, and ticking devices (or taking all the filter matches) to edit them together. */
class DeviceListPageTest {

    @BothDatabases
    void eachDeviceShowsTheHallItStandsInLinkedToTheRoomInBothLanguages(Database db) {
        Services services = WebTesting.demoSite(db);
        DeviceSummary racked = WebTesting.firstGpuServer(services, null);
        assertThat(racked.roomName()).isNotBlank();
        try (var tester = WebTesting.signedIn(services)) {
            tester.startPage(DeviceListPage.class, new PageParameters().set("q", racked.assetTag()));
            String html = tester.getLastResponseAsString();
            assertThat(html).contains(">Hall<", ">" + racked.roomName() + "</a>", "room?id=" + racked.roomId());

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(DeviceListPage.class, new PageParameters().set("q", racked.assetTag()));
            assertThat(tester.getLastResponseAsString()).contains(">\u673a\u623f<");
        }
    }

    @BothDatabases
    void theTickedDevicesOpenTheBulkEditWithoutTheirIdsInAnyUrl(Database db) {
        Services services = WebTesting.demoSite(db);
        List<DeviceSummary> firstTwo = services.deviceQueries().page(gpuServers(), PageRequest.first(2, "assetTag")).items();
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(DeviceListPage.class, new PageParameters().set("kind", "GPU_SERVER"));
            assertThat(tester.getLastResponseAsString()).contains("Tick every device on this page");
            FormTester ticking = tester.newFormTester("selection");
            ticking.selectMultiple("ticked", new int[] {0, 1});
            ticking.submit("bulk:editTicked");

            tester.assertRenderedPage(DeviceBulkEditPage.class);
            assertThat(tester.getLastResponseAsString()).contains("2 devices selected");
            assertThat(tester.getLastRequest().getUrl().toString()).doesNotContain(String.valueOf(firstTwo.get(0).id()));
            tester.fill("form", Map.of("setNotes", "true", "notes", "ticked together")).submit();
            tester.assertNoErrorMessage();
            assertThat(firstTwo).allSatisfy(d ->
                    assertThat(services.devices().find(d.id()).getNotes()).isEqualTo("ticked together"));
        }
    }

    @BothDatabases
    void nothingTickedIsSaidBesideTheButtonInsteadOfOpeningAnEmptyEdit(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(DeviceListPage.class);
            tester.newFormTester("selection").submit("bulk:editTicked");

            tester.assertRenderedPage(DeviceListPage.class);
            assertThat(tester.getLastResponseAsString()).contains("\u8bf7\u81f3\u5c11\u52fe\u9009\u4e00\u53f0\u8bbe\u5907");
        }
    }

    @BothDatabases
    void allTheFilterMatchesAreEditedThroughTheFilterNotAListOfIds(Database db) {
        Services services = WebTesting.demoSite(db);
        DeviceSummary first = WebTesting.firstGpuServer(services, null);
        DeviceFilter inCabinet = DeviceFilter.inCabinet(first.cabinetId());
        List<DeviceSummary> matching = services.deviceQueries().page(inCabinet, PageRequest.first(100, "assetTag")).items();
        assertThat(matching).hasSizeGreaterThan(1);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(DeviceListPage.class, new PageParameters().set("cabinet", first.cabinetId()).set("sort", "name"));
            BookmarkablePageLink<?> all = (BookmarkablePageLink<?>) tester.getComponentFromLastRenderedPage(
                    "selection:bulk:editAll");
            assertThat(all.getPageParameters().get("match").toString()).isEqualTo("all");
            assertThat(all.getPageParameters().get("cabinet").toLong()).isEqualTo(first.cabinetId());
            assertThat(all.getPageParameters().getNamedKeys()).containsExactlyInAnyOrder("match", "cabinet");
            assertThat(tester.getLastResponseAsString()).contains("Edit all " + matching.size() + " matching devices");

            tester.clickLink("selection:bulk:editAll");
            tester.assertRenderedPage(DeviceBulkEditPage.class);
            assertThat(tester.getLastResponseAsString()).contains(matching.size() + " devices selected");
            tester.fill("form", Map.of("setNotes", "true", "notes", "whole cabinet")).submit();
            tester.assertNoErrorMessage();
            assertThat(matching).allSatisfy(d ->
                    assertThat(services.devices().find(d.id()).getNotes()).isEqualTo("whole cabinet"));
        }
    }

    @BothDatabases
    void readersWhoMayNotEditSeeNeitherTickBoxesNorBulkActions(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(DeviceListPage.class);
            tester.assertInvisible("selection:bulk");
            assertThat(tester.getLastResponseAsString()).doesNotContain("type=\"checkbox\"");
        }
    }

    private static DeviceFilter gpuServers() {
        return new DeviceFilter(null, null, null, DeviceKind.GPU_SERVER, null, null, null);
    }
}
