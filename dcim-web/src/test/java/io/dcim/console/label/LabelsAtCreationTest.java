package io.dcim.console.label;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.console.device.PlaceDevicePage;
import io.dcim.console.gpu.GpuListPage;
import io.dcim.console.gpu.GpuRegisterPage;
import io.dcim.console.home.HomePage;
import io.dcim.identity.role.Role;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuSummary;
import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.label.Labels;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tag.TagDetails;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;
import org.apache.wicket.util.tester.WicketTester;

/**
 * Devices and GPUs take their tags and custom field values on the form that registers them; the site list and the
 * GPU list filter on them, and the GPU list shows each card's tags.
 */
class LabelsAtCreationTest {

    private static void defineLabels(Services services) {
        services.tagFacade().create(SYSTEM, new TagDetails("Liquid", null, "#1976d2", null));
        services.customFieldFacade().create(SYSTEM, new CustomFieldDetails(ObjectType.GPU, "rma", "RMA case",
                "\u8fd4\u4fee\u5355\u53f7", FieldKind.TEXT, null, false, 1));
        services.customFieldFacade().create(SYSTEM, new CustomFieldDetails(ObjectType.SITE, "contract_no", "Contract",
                "\u5408\u540c\u53f7", FieldKind.TEXT, null, false, 1));
    }

    @BothDatabases
    void aDeviceAndACardAreRegisteredWithTheirTagsAndValuesAndTheGpuListShowsAndFiltersThem(Database db) {
        Services services = WebTesting.demoSite(db);
        defineLabels(services);
        try (var ops = WebTesting.signedIn(services, Role.OPS)) {
            ops.startPage(PlaceDevicePage.class);
            ops.fill("form", Map.of("identity:assetTag", "SPARE-SW-1", "identity:serial", "SPARE-SW-SERIAL-1"))
                    .select("identity:model", 0).select("identity:status", LifecycleStatus.RECEIVED.ordinal())
                    .selectMultiple("identity:labels:tags", new int[] {0}).submit();
            ops.assertNoErrorMessage();
            DeviceSummary registered = services.deviceQueries().page(new DeviceFilter(null, null, null, null, null, null,
                    "SPARE-SW-1"), PageRequest.first(5, "assetTag")).items().get(0);
            assertThat(services.labelling().view(ObjectType.DEVICE, registered.id()).tags()).extracting(TagChip::slug)
                    .containsExactly("liquid");

            ops.startPage(GpuRegisterPage.class);
            ops.fill("form", Map.of("serial", "RMA-RETURN-1", firstCustomField(ops), "RMA-2026-118"))
                    .select("model", 0).selectMultiple("labels:tags", new int[] {0}).submit("save");
            ops.assertNoErrorMessage();
            ops.assertRenderedPage(GpuListPage.class);
            GpuSummary shelved = services.gpuQueries().page(GpuFilter.all().withLabels(LabelFilter.ofTags("liquid")),
                    PageRequest.first(5, "serial")).items().get(0);
            assertThat(shelved.serial()).isEqualTo("RMA-RETURN-1");
            assertThat(shelved.serverAssetTag()).as("no server named: on the shelf").isNull();
            LabelView labels = services.labelling().view(ObjectType.GPU, shelved.id());
            assertThat(labels.customFields()).containsEntry("rma", "RMA-2026-118");

            ops.startPage(GpuRegisterPage.class);
            ops.fill("form", Map.of("serial", "RMA-RETURN-2", "server", "NO-SUCH-SERVER"))
                    .select("model", 0).submit("save");
            assertThat(ops.getFeedbackMessages(m -> m.getReporter() == ops.getComponentFromLastRenderedPage("form:server")))
                    .singleElement().satisfies(m -> assertThat(m.getMessage().toString()).contains("NO-SUCH-SERVER"));

            ops.startPage(GpuListPage.class, new PageParameters().set("tag", "liquid"));
            ops.assertContains("RMA-RETURN-1");
            ops.assertContains("background-color:#1976d2");
            String untagged = services.gpuQueries().page(GpuFilter.all(), PageRequest.first(1, "serial")).items().get(0).serial();
            assertThat(ops.getLastResponseAsString()).doesNotContain(">" + untagged + "<");
            ops.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            ops.startPage(GpuRegisterPage.class);
            ops.assertContains("\u8fd4\u4fee\u5355\u53f7");
            ops.assertContains("\u767b\u8bb0 GPU");
        }
    }

    @BothDatabases
    void theSiteListFiltersOnATagAndACustomFieldValue(Database db) {
        Services services = WebTesting.demoSite(db);
        defineLabels(services);
        Site site = services.sites().sites().get(0);
        try (var ops = WebTesting.signedIn(services, Role.OPS)) {
            ops.startPage(HomePage.class, new PageParameters().set("tag", "liquid"));
            assertThat(((org.apache.wicket.markup.html.list.ListView<?>) ops.getComponentFromLastRenderedPage("sites")).getList())
                    .isEmpty();
            ops.assertVisible("noMatch");

            services.labelling().apply(ObjectType.SITE, site.getId(), new Labels(Set.of("liquid"), Map.of("contract_no", "IDC-17")));
            ops.startPage(HomePage.class, new PageParameters().set("tag", "liquid"));
            ops.assertLabel("sites:0:totals:name", site.getName());
            ops.startPage(HomePage.class, new PageParameters().set("cf_contract_no", "IDC-17"));
            ops.assertLabel("sites:0:totals:name", site.getName());
            ops.startPage(HomePage.class, new PageParameters().set("cf_contract_no", "IDC-18"));
            ops.assertVisible("noMatch");
            ops.startPage(HomePage.class, new PageParameters().set("tag", "no-such-tag"));
            WebTesting.assertOnlyError(ops).contains("no-such-tag");

            ops.startPage(HomePage.class);
            FormTester filter = ops.newFormTester("filter", false);
            filter.select("tag", 0);
            filter.submit();
            assertThat(ops.getLastRenderedPage().getPageParameters().get("tag").toString()).isEqualTo("liquid");
            ops.assertLabel("sites:0:totals:name", site.getName());

            ops.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            ops.startPage(HomePage.class, new PageParameters().set("cf_contract_no", "IDC-18"));
            ops.assertContains("\u5408\u540c\u53f7");
            ops.assertContains("\u6ca1\u6709\u5e26\u6709\u8fd9\u4e9b\u6807\u7b7e");
        }
    }

    /** The path, relative to the form, of the first custom field's text input. */
    private static String firstCustomField(WicketTester tester) {
        MarkupContainer rows = (MarkupContainer) tester.getComponentFromLastRenderedPage("form:labels:field");
        Component first = rows.iterator().next();
        return "labels:field:" + first.getId() + ":text";
    }
}
