package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.extensions.markup.html.repeater.data.table.DataTable;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/** The shared list table keeps sort, direction, page size and page in the URL beside the filters. */
class ListTableTest {

    private static final DeviceFilter ANY = new DeviceFilter(null, null, null, null, null, null, null);

    @BothDatabases
    void aSortedSecondPageOfAChosenSizeOpensFromItsUrlWithTheRowsTheDatabaseSortsThere(Database db) {
        Services services = WebTesting.demoSite(db);
        List<String> expected = services.deviceQueries().page(ANY, new PageRequest(1, 25, "name", false)).items()
                .stream().map(DeviceSummary::assetTag).toList();
        try (var tester = WebTesting.signedIn(services)) {
            tester.startPage(DeviceListPage.class, new PageParameters().set("sort", "name").set("dir", "desc")
                    .set("size", "25").set("page", "2"));

            DataTable<?, ?> table = (DataTable<?, ?>) tester.getComponentFromLastRenderedPage("selection:ticked:devices");
            assertThat(table.getItemsPerPage()).isEqualTo(25);
            assertThat(table.getCurrentPage()).isEqualTo(1);
            String html = tester.getLastResponseAsString();
            assertThat(html).contains(expected.get(0), expected.get(24));
            assertThat(html).contains("aria-sort=\"descending\"");
        }
    }

    @BothDatabases
    void headersPagesAndSizesAreLinksThatKeepTheFiltersAndTheOtherSettings(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services)) {
            tester.startPage(DeviceListPage.class, new PageParameters().set("kind", "GPU_SERVER").set("sort", "name")
                    .set("size", "25"));

            String html = tester.getLastResponseAsString();
            assertThat(html).containsPattern("href=\"[^\"]*kind=GPU_SERVER&amp;sort=name&amp;size=25&amp;dir=desc\"");
            assertThat(html).containsPattern("href=\"[^\"]*kind=GPU_SERVER&amp;sort=assetTag&amp;size=25&amp;dir=asc\"");
            assertThat(html).containsPattern("href=\"[^\"]*kind=GPU_SERVER&amp;sort=name&amp;size=25&amp;page=2\"");
            assertThat(html).containsPattern("href=\"[^\"]*kind=GPU_SERVER&amp;sort=name&amp;size=100\"");
        }
    }

    @BothDatabases
    void aSortNoColumnOffersASizeNotOfferedAndAPagePastTheEndAreIgnored(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var tester = WebTesting.signedIn(services)) {
            tester.startPage(DeviceListPage.class, new PageParameters().set("sort", "password").set("size", "7")
                    .set("page", "100000"));

            tester.assertRenderedPage(DeviceListPage.class);
            DataTable<?, ?> table = (DataTable<?, ?>) tester.getComponentFromLastRenderedPage("selection:ticked:devices");
            assertThat(table.getItemsPerPage()).isEqualTo(50);
            assertThat(table.getCurrentPage()).isEqualTo(table.getPageCount() - 1);
        }
    }

    @BothDatabases
    void theRowCountUsesTheReadersThousandsSeparatorInEnglishAndChinese(Database db) {
        Services services = WebTesting.demoSite(db);
        long gpus = services.gpuQueries().page(new GpuFilter(null, null, null, null, null), PageRequest.first(1, "serial"))
                .total();
        assertThat(gpus).isGreaterThanOrEqualTo(1000);
        String total = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(gpus);
        try (var tester = WebTesting.signedIn(services)) {
            tester.startPage(GpuListPage.class);
            assertThat(tester.getLastResponseAsString()).contains("Rows 1\u2013100 of " + total);

            tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            tester.startPage(GpuListPage.class);
            assertThat(tester.getLastResponseAsString()).contains("\u7b2c 1\u2013100 \u884c\uff0c\u5171 " + total + " \u884c",
                    "\u6bcf\u9875\u884c\u6570");
        }
    }
}
