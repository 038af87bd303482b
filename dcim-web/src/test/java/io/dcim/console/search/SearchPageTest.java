package io.dcim.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.cabinet.CabinetPage;
import io.dcim.console.device.DevicePage;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.request.mapper.parameter.PageParameters;

class SearchPageTest {

    @BothDatabases
    void findsDevicesCabinetsAndCardsAndJumpsStraightToASingleHit(Database db) {
        Services services = WebTesting.demoSite(db);
        GpuSummary card = services.gpuQueries().page(GpuFilter.all(), PageRequest.first(1, "serial")).items().get(0);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(SearchPage.class, new PageParameters().set("q", "im-srv-00001"));
            tester.assertRenderedPage(SearchPage.class);
            assertThat(((ListView<?>) tester.getComponentFromLastRenderedPage("devices")).getList())
                    .as("IM-SRV-000010 … IM-SRV-000019").hasSize(10);

            tester.startPage(SearchPage.class, new PageParameters().set("q", "IM-SRV-000001"));
            tester.assertRenderedPage(DevicePage.class);
            tester.assertLabel("assetTag", "IM-SRV-000001");
            tester.startPage(SearchPage.class, new PageParameters().set("q", "APPDU0000007"));
            tester.assertRenderedPage(DevicePage.class);

            tester.startPage(SearchPage.class, new PageParameters().set("q", card.serial().toLowerCase()));
            tester.assertRenderedPage(DevicePage.class);
            tester.assertLabel("assetTag", card.serverAssetTag());

            tester.startPage(SearchPage.class, new PageParameters().set("q", "B17"));
            tester.assertRenderedPage(SearchPage.class);
            assertThat(((ListView<?>) tester.getComponentFromLastRenderedPage("cabinets")).getList()).hasSize(2);

            tester.startPage(SearchPage.class, new PageParameters().set("q", "no-such-thing"));
            tester.assertContains("Nothing matches");
        }
    }
}
