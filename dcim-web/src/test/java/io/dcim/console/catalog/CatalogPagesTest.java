package io.dcim.console.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.catalog.DeviceModelDetails;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.testing.BothDatabases;
import io.dcim.web.DemoServer;
import io.dcim.web.WebTesting;
import java.util.Locale;
import java.util.Map;

class CatalogPagesTest {

    @BothDatabases
    void opsAddACardAndAServerModelAroundItThenDeleteBoth(Database db) {
        Services services = WebTesting.services(db);
        services.catalog().ensureReferenceData();
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(CatalogPage.class);
            tester.clickLink("newGpuModel");
            tester.fill("form", Map.of("name", "B300", "vendor", "NVIDIA", "tdpW", "1100", "systemW", "900"))
                    .submit("save");
            tester.assertErrorMessages("All-in watts per GPU (900 W) cannot be below the card's own 1100 W");
            assertThat(WebTesting.errorBeside(tester, "form:systemWFeedback")).isTrue();
            tester.fill("form", Map.of("systemW", "1900", "peak", "2500.0")).submit("save");
            tester.assertNoErrorMessage();
            GpuModel b300 = services.catalog().gpuModels().stream().filter(g -> g.getName().equals("B300")).findFirst()
                    .orElseThrow();

            tester.startPage(DeviceModelEditPage.class);
            int b300Choice = services.catalog().gpuModels().stream().map(GpuModel::getId).toList().indexOf(b300.getId());
            tester.fill("form", Map.of("manufacturer", "Inspur", "model", "NF5688-B300", "heightU", "8",
                    "ratedPowerW", "16000", "typicalPowerW", "14000", "gpuSlots", "8"))
                    .select("defaultGpu", b300Choice).submit("save");
            tester.assertNoErrorMessage();
            DeviceModel created = services.catalog().deviceModels().stream()
                    .filter(m -> m.getModel().equals("NF5688-B300")).findFirst().orElseThrow();
            assertThat(created.getDefaultGpuModel().getName()).isEqualTo("B300");
            assertThat(created.getKind().name()).isEqualTo("GPU_SERVER");

            tester.startPage(GpuModelEditPage.class, b300.getId());
            tester.newFormTester("form", false).submit("delete");
            tester.assertErrorMessages("GPU model B300 is used by 0 card(s) and is the default card of 1 server model(s)");

            tester.startPage(DeviceModelEditPage.class, created.getId());
            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(CatalogPage.class);
            tester.startPage(GpuModelEditPage.class, b300.getId());
            tester.newFormTester("form", false).submit("delete");
            tester.assertRenderedPage(CatalogPage.class);
            assertThat(services.catalog().gpuModels()).extracting(GpuModel::getName).doesNotContain("B300");
        }
    }

    @BothDatabases
    void aModelInUseKeepsItsHeightAndAStaleEditIsRefused(DemoServer demo) {
        long modelId = demo.services().devices().find(demo.server().id()).getModel().getId();
        try (var tester = WebTesting.signedIn(demo.services(), Role.OPS)) {
            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(DeviceModelEditPage.class, modelId);
            assertThat(tester.getLastResponseAsString()).contains("典型功率").contains("GPU 服务器");
            tester.fill("form", Map.of("heightU", "2")).submit("save");
            assertThat(WebTesting.errorBeside(tester, "form:heightUFeedback")).as("beside the height").isTrue();
            assertThat(tester.getLastResponseAsString()).contains("请新建型号");

            Caller other = Caller.system("someone else");
            var read = demo.services().catalogFacade().deviceModel(other, modelId);
            DeviceModelDetails d = read.value();
            demo.services().catalogFacade().editDeviceModel(other, modelId, read.version(), new DeviceModelDetails(d.manufacturer(),
                    d.model() + " rev B", d.kind(), d.heightU(), d.fullDepth(), d.ratedPowerW(), d.typicalPowerW(),
                    d.gpuSlots(), d.defaultGpuModelId()));
            tester.startPage(DeviceModelEditPage.class, modelId);
            demo.services().catalogFacade().editDeviceModel(other, modelId, read.version() + 1, d);
            tester.newFormTester("form", false).setValue("ratedPowerW", String.valueOf(d.ratedPowerW() + 100)).submit("save");
            assertThat(tester.getLastResponseAsString()).contains("已被他人修改");
        }
        try (var analyst = WebTesting.signedIn(demo.services(), Role.ANALYST)) {
            analyst.setExposeExceptions(false);
            analyst.startPage(DeviceModelEditPage.class, modelId);
            assertThat(analyst.getLastResponse().getStatus()).isEqualTo(403);
            analyst.startPage(CatalogPage.class);
            analyst.assertInvisible("newDeviceModel");
        }
    }
}
