package io.dcim.console.cabling;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.console.device.DevicePage;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableSummary;
import io.dcim.inventory.cable.PortSummary;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.port.PortKind;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The device's ports panel, the cable list, the trace and the fabric plan, on the demo site's recorded fabric. */
class CablingPagesTest {

    private static CableSummary firstCable(Services services) {
        return services.cabling().cables().page(SYSTEM, new CableFilter(null, null, null, null, CableStatus.INSTALLED, null),
                PageRequest.first(1, "label")).items().get(0);
    }

    /** GPU servers with a free NDR port (row A's wait for leaves of their own). */
    private static List<DeviceSummary> serversWithFreeNics(Services services, int wanted) {
        List<DeviceSummary> found = new ArrayList<>();
        for (DeviceSummary server : services.deviceQueries().page(new DeviceFilter(null, null, null, DeviceKind.GPU_SERVER,
                null, null, null), PageRequest.first(1000, "assetTag")).items()) {
            if (services.cabling().cables().ports(SYSTEM, server.id()).stream()
                    .anyMatch(p -> p.kind() == PortKind.IB_NDR && p.cableId() == null)) {
                found.add(server);
            }
            if (found.size() == wanted) {
                return found;
            }
        }
        throw new AssertionError("too few servers with a free NDR port");
    }

    private static int rowOf(Services services, long deviceId, long cableId) {
        List<PortSummary> ports = services.cabling().cables().ports(SYSTEM, deviceId);
        for (int i = 0; i < ports.size(); i++) {
            if (ports.get(i).cableId() != null && ports.get(i).cableId() == cableId) {
                return i;
            }
        }
        throw new AssertionError("cable not on the device");
    }

    /** The messages of the feedback panel beside a field, as the page shows them. */
    private static String beside(org.apache.wicket.util.tester.WicketTester tester, String feedbackPath) {
        var panel = (org.apache.wicket.markup.html.panel.FeedbackPanel) tester.getComponentFromLastRenderedPage(feedbackPath);
        return panel.getFeedbackMessagesModel().getObject().stream().map(m -> String.valueOf(m.getMessage()))
                .reduce("", String::concat);
    }

    @BothDatabases
    void theDevicePageShowsEachPortsFarEndAndTracesItButAnAnalystCannotCable(Database db) {
        Services services = WebTesting.demoSite(db);
        CableSummary cable = firstCable(services);
        int row = rowOf(services, cable.aDeviceId(), cable.id());
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(DevicePage.class, cable.aDeviceId());
            tester.assertLabel("ports:ports:" + row + ":cable", cable.label());
            tester.assertLabel("ports:ports:" + row + ":farPort", cable.bPort());
            tester.assertLabel("ports:ports:" + row + ":cableStatus", "installed");
            tester.assertInvisible("ports:connect");
            tester.assertInvisible("ports:ports:" + row + ":disconnect");
            WebTesting.assertSerializable(tester.getLastRenderedPage());

            tester.clickLink("ports:ports:" + row + ":trace");
            tester.assertRenderedPage(TracePage.class);
            tester.assertLabel("hops:0:far:0:farPort", cable.bPort());
            assertThat(tester.getLastResponseAsString()).contains(cable.bDevice());
            WebTesting.assertSerializable(tester.getLastRenderedPage());

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(DevicePage.class, cable.aDeviceId());
            tester.assertLabel("ports:ports:" + row + ":cableStatus", "已安装");
            assertThat(tester.getLastResponseAsString()).contains("对端设备");

            // The disconnect button ops get, posted (and fetched) on the analyst's page.
            String forged = WebTesting.forgedListenerUrl(tester, "ports:ports:" + row + ":disconnect:form");
            tester.setExposeExceptions(false);
            for (String method : new String[] {"POST", "GET"}) {
                tester.getRequest().setMethod(method);
                tester.executeUrl(forged);
                assertThat(tester.getLastResponse().getStatus()).as(method).isEqualTo(403);
                assertThat(services.cabling().cables().view(SYSTEM, cable.id()).status()).isEqualTo(CableStatus.INSTALLED);
            }
        }
    }

    @BothDatabases
    void opsConnectAPortWithTheRefusalBesideTheFieldAndDisconnectIt(Database db) {
        Services services = WebTesting.demoSite(db);
        List<DeviceSummary> servers = serversWithFreeNics(services, 2);
        DeviceSummary near = servers.get(0);
        String farPort = services.cabling().cables().ports(SYSTEM, servers.get(1).id()).stream()
                .filter(p -> p.kind() == PortKind.IB_NDR && p.cableId() == null).findFirst().orElseThrow().name();
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(DevicePage.class, near.id());
            connect(tester, servers.get(1).assetTag(), "nope", null);
            assertThat(beside(tester, "ports:connect:farPortFeedback")).contains("nope");
            assertThat(services.cabling().cables().page(SYSTEM, new CableFilter(null, null, null, null, null, "WEB-C-"),
                    PageRequest.first(1, "label")).total()).isZero();

            connect(tester, servers.get(1).assetTag(), farPort, "-2");
            assertThat(beside(tester, "ports:connect:lengthFeedback")).contains("positive length");

            connect(tester, servers.get(1).assetTag(), farPort, "2.5");
            tester.assertNoErrorMessage();
            List<CableSummary> made = services.cabling().cables().page(SYSTEM, new CableFilter(null, null, near.id(), null,
                    null, "WEB-C-1"), PageRequest.first(5, "label")).items();
            assertThat(made).hasSize(1);
            assertThat(made.get(0).bDeviceId()).isEqualTo(servers.get(1).id());
            assertThat(made.get(0).status()).isEqualTo(CableStatus.PLANNED);

            tester.startPage(DevicePage.class, near.id());
            tester.newFormTester("ports:ports:" + rowOf(services, near.id(), made.get(0).id()) + ":disconnect:form").submit();
            tester.assertNoErrorMessage();
            assertThat(services.cabling().cables().page(SYSTEM, new CableFilter(null, null, null, null, null, "WEB-C-1"),
                    PageRequest.first(1, "label")).total()).as("a planned cable is removed").isZero();
        }
    }

    @BothDatabases
    void theCableListFiltersInTheDatabaseAndLinksTheTrace(Database db) {
        Services services = WebTesting.demoSite(db);
        CableSummary cable = firstCable(services);
        long ofDevice = services.cabling().cables().page(SYSTEM, new CableFilter(null, null, cable.aDeviceId(), null, null, null),
                PageRequest.first(1, "label")).total();
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(CableListPage.class, new PageParameters().set("device", cable.aDeviceId()));
            var table = (org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable<?, ?>) tester
                    .getComponentFromLastRenderedPage("cables");
            assertThat(table.getItemCount()).isEqualTo(ofDevice);
            tester.assertVisible("deviceFilter");

            tester.startPage(CableListPage.class, new PageParameters().set("label", cable.label()).set("status", "installed"));
            table = (org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable<?, ?>) tester
                    .getComponentFromLastRenderedPage("cables");
            assertThat(table.getItemCount()).isEqualTo(1);
            assertThat(tester.getLastResponseAsString()).contains(cable.aDevice()).contains(cable.bDevice());
            tester.clickLink("cables:body:rows:1:cells:7:cell:link");
            tester.assertRenderedPage(TracePage.class);
            tester.assertLabel("hops:0:far:0:farPort", cable.bPort());

            tester.startPage(CableListPage.class);
            tester.fill("filter", Map.of("label", "no-such-cable-label")).submit();
            table = (org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable<?, ?>) tester
                    .getComponentFromLastRenderedPage("cables");
            assertThat(table.getItemCount()).isZero();

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(CableListPage.class);
            assertThat(tester.getLastResponseAsString()).contains("标签包含").contains("规划组网");
        }
    }

    @BothDatabases
    void theFabricPlanPageSizesA1024GpuFabricAndShowsARefusalBesideItsField(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(FabricPlanPage.class);
            tester.assertInvisible("summary");
            FormTester form = tester.newFormTester("form");
            form.submit("plan");
            tester.assertNoErrorMessage();
            // 1,024 GPUs on 8-GPU servers with 64-port switches, two tiers: 128 servers in 4 units of 32,
            // 32 leaves, 16 spines, 1,024 NIC cables and 1,024 uplinks
            tester.assertLabels("summary:", Map.of("servers", "128", "units", "4",
                    "layers:0:switches", "32", "layers:1:switches", "16", "layers:2:switches", "0",
                    "tiers:0:total", "1,024", "tiers:1:total", "1,024", "totalCables", "2,048"));
            WebTesting.assertSerializable(tester.getLastRenderedPage());

            tester.fill("form", Map.of("gpus", "16384")).submit("plan");
            assertThat(beside(tester, "form:tiersFeedback")).contains("THREE");
            tester.assertInvisible("summary");

            tester.fill("form", Map.of("gpus", "16384")).select("tiers", 1).submit("plan");
            tester.assertNoErrorMessage();
            tester.assertLabel("summary:servers", "2,048");
            assertThat(tester.getLastResponseAsString()).contains("Super-spine");

            tester.fill("form", Map.of("servers", "10")).submit("plan");
            assertThat(beside(tester, "form:gpusFeedback")).contains("GPU");

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(FabricPlanPage.class);
            assertThat(tester.getLastResponseAsString()).contains("GPU 组网规划").contains("收敛比");
        }
    }

    /** Connects the device's first port to {@code farPort} of {@code farDevice} as cable WEB-C-1 (no length for null). */
    private static void connect(WicketTester tester, String farDevice, String farPort, String length) {
        FormTester form = tester.newFormTester("ports:connect");
        form.select("port", 0);
        form.setValue("farDevice", farDevice);
        form.setValue("farPort", farPort);
        form.select("type", 0);
        form.setValue("label", "WEB-C-1");
        if (length != null) {
            form.setValue("length", length);
        }
        form.submit("save");
    }
}
