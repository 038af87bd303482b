package io.dcim.console.device;

import static io.dcim.web.WebTesting.SOMEONE_ELSE;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.edit.Change;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.DeviceUpdate;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.testing.BothDatabases;
import io.dcim.web.DemoServer;
import io.dcim.web.WebTesting;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.wicket.feedback.FeedbackMessage;
import org.apache.wicket.request.mapper.parameter.PageParameters;

class DeviceEditPagesTest {

    @BothDatabases
    void opsEditADevicesIdentityCloneItAndDeleteTheClone(DemoServer demo) {
        try (var tester = WebTesting.signedIn(demo.services(), Role.OPS)) {
            tester.startPage(DeviceEditPage.class, demo.server().id());
            tester.fill("form", Map.of("name", "gpu-node-001", "notes", "PKU training pool")).submit("save");
            tester.assertNoErrorMessage();
            assertThat(demo.services().devices().find(demo.server().id()).getName()).isEqualTo("gpu-node-001");

            Device now = demo.services().devices().find(demo.server().id());
            demo.services().deviceFacade().update(SOMEONE_ELSE, demo.server().id(), now.getVersion(), new DeviceUpdate(null, null,
                    Change.to("renamed meanwhile"), null, null, null, null, null));
            tester.newFormTester("form", false).setValue("name", "gpu-node-002").submit("save");
            tester.assertErrorMessages("Device " + demo.server().assetTag() + " was changed by someone else; reload and try again");

            tester.startPage(DeviceEditPage.class, demo.server().id());
            tester.newFormTester("form", false).submit("delete");
            WebTesting.assertOnlyError(tester).startsWith("Only ORDERED or RECEIVED devices can be deleted");

            tester.fill("below:clone", Map.of("cloneTag", demo.server().assetTag(), "cloneSerial", "SN-CLONE-1"))
                    .submit("cloneButton");
            WebTesting.assertOnlyError(tester).contains(demo.server().assetTag());
            tester.fill("below:clone", Map.of("cloneTag", "CLONE-1")).submit("cloneButton");
            tester.assertNoErrorMessage();
            tester.assertRenderedPage(DeviceEditPage.class);
            long cloneId = demo.services().deviceQueries().page(new DeviceFilter(null, null, null, null, null, null, "CLONE-1"),
                    PageRequest.first(1, "assetTag")).items().get(0).id();
            assertThat(demo.services().devices().find(cloneId).getStatus()).isEqualTo(LifecycleStatus.ORDERED);

            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(DeviceListPage.class);
            assertThat(demo.services().deviceQueries().page(new DeviceFilter(null, null, null, null, null, null, "CLONE-1"),
                    PageRequest.first(1, "assetTag")).total()).isZero();
        }
    }

    @BothDatabases
    void aBulkEditListsEveryDeviceThatRefusesAndChangesNone(Database db) {
        Services services = WebTesting.demoSite(db);
        List<DeviceSummary> inService = services.deviceQueries().page(new DeviceFilter(null, null, null, null,
                LifecycleStatus.IN_SERVICE, null, null), PageRequest.first(2, "assetTag")).items();
        String ids = inService.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(","));
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(DeviceBulkEditPage.class, new PageParameters().set("ids", ids));
            assertThat(tester.getLastResponseAsString()).contains("2 devices selected");
            tester.fill("form", Map.of("setNotes", "true", "notes", "batch"))
                    .select("status", LifecycleStatus.ORDERED.ordinal()).submit();
            assertThat(tester.getMessages(FeedbackMessage.ERROR)).hasSize(3).first().asString()
                    .isEqualTo("2 of the 2 selected devices refused the change; nothing was changed.");
            assertThat(tester.getMessages(FeedbackMessage.ERROR)).extracting(Object::toString)
                    .anySatisfy(m -> assertThat(m).startsWith(inService.get(1).assetTag() + ": Cannot go from IN_SERVICE"));
            assertThat(services.devices().find(inService.get(0).id()).getNotes()).isNotEqualTo("batch");

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(DeviceBulkEditPage.class, new PageParameters().set("ids", ids));
            tester.fill("form", Map.of("setNotes", "true", "notes", "batch"))
                    .select("status", LifecycleStatus.MAINTENANCE.ordinal()).submit();
            tester.assertNoErrorMessage();
            assertThat(tester.getLastResponseAsString()).contains("已修改 2 台设备");
            assertThat(inService).allSatisfy(d -> assertThat(services.devices().find(d.id()).getNotes()).isEqualTo("batch"));
        }
    }
}
