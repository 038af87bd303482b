package io.dcim.console.label;

import static io.dcim.web.WebTesting.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.console.device.DeviceBulkEditPage;
import io.dcim.console.device.DeviceEditPage;
import io.dcim.console.device.DeviceListPage;
import io.dcim.console.device.DevicePage;
import io.dcim.identity.role.Role;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tag.TagSummary;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.wicket.Component;
import org.apache.wicket.MarkupContainer;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.FormTester;

/** Tags and custom fields in the console: defined by an admin, set on a device's edit page, shown and filtered on. */
class LabelPagesTest {

    @BothDatabases
    void anAdminDefinesATagAndAFieldOpsLabelDevicesAndTheDeviceListFiltersOnTheTag(Database db) {
        Services services = WebTesting.demoSite(db);
        try (var admin = WebTesting.signedIn(services, Role.ADMIN)) {
            admin.startPage(TagsPage.class);
            admin.fill("form", Map.of("name", "Training pool", "colour", "#1976d2")).submit("save");
            admin.assertNoErrorMessage();
            admin.assertRenderedPage(TagsPage.class);
            assertThat(services.tagFacade().tags(SYSTEM)).extracting(TagSummary::slug).containsExactly("training-pool");

            admin.startPage(CustomFieldsPage.class);
            admin.fill("form", Map.of("key", "Budget kW", "labelEn", "Budget (kW)", "labelZh", "预算（千瓦）"))
                    .select("objectType", ObjectType.DEVICE.ordinal()).select("kind", FieldKind.NUMBER.ordinal())
                    .submit("save");
            WebTesting.assertOnlyError(admin).contains("Budget kW");
            admin.newFormTester("form", false).setValue("key", "budget_kw").submit("save");
            admin.assertNoErrorMessage();
            admin.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            admin.startPage(CustomFieldsPage.class);
            admin.assertContains("预算（千瓦）");
            admin.assertContains("自定义字段");
        }

        List<DeviceSummary> servers = services.deviceQueries().page(DeviceFilter.all(), PageRequest.first(3, "assetTag")).items();
        DeviceSummary device = servers.get(0);
        try (var ops = WebTesting.signedIn(services, Role.OPS)) {
            ops.startPage(DeviceEditPage.class, device.id());
            ops.fill("form", Map.of(customField(ops, "form:labels:field"), "ten"))
                    .selectMultiple("labels:tags", new int[] {0}).submit("save");
            WebTesting.assertOnlyError(ops).contains("ten");

            ops.fill("form", Map.of(customField(ops, "form:labels:field"), "10.50")).submit("save");
            ops.assertNoErrorMessage();
            ops.newFormTester("form", false).submit("save");
            ops.assertNoErrorMessage();
            LabelView labels = services.labelling().view(ObjectType.DEVICE, device.id());
            assertThat(labels.tags()).extracting(TagChip::slug).containsExactly("training-pool");
            assertThat(labels.customFields()).containsEntry("budget_kw", "10.5");

            ops.startPage(DevicePage.class, device.id());
            ops.assertContains("Training pool");
            ops.assertContains("background-color:#1976d2");
            ops.assertContains("Budget \\(kW\\)");
            ops.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            ops.startPage(DevicePage.class, device.id());
            ops.assertContains("预算（千瓦）");
            ops.getSession().setLocale(Locale.ENGLISH);

            ops.startPage(DeviceBulkEditPage.class, new PageParameters().set("ids", servers.get(1).id() + "," + servers.get(2).id()));
            FormTester bulk = ops.newFormTester("form", false);
            bulk.selectMultiple("addTags", new int[] {0});
            bulk.submit();
            ops.assertNoErrorMessage();
            assertThat(services.deviceQueries().page(DeviceFilter.all().withLabels(LabelFilter.ofTags("training-pool")),
                    PageRequest.first(10, "assetTag")).total()).isEqualTo(3);

            ops.startPage(DeviceListPage.class, new PageParameters().set("tag", "training-pool"));
            ops.assertContains(device.assetTag());
            String untagged = services.deviceQueries().page(DeviceFilter.all(), PageRequest.first(4, "assetTag")).items()
                    .get(3).assetTag();
            assertThat(ops.getLastResponseAsString()).doesNotContain(untagged);
        }
    }

    /** The path, relative to the form, of the first custom field's text input. */
    private static String customField(org.apache.wicket.util.tester.WicketTester tester, String fields) {
        MarkupContainer rows = (MarkupContainer) tester.getComponentFromLastRenderedPage(fields);
        Component first = rows.iterator().next();
        return fields.substring("form:".length()) + ":" + first.getId() + ":text";
    }
}
