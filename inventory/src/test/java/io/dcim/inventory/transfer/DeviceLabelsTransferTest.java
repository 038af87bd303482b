package io.dcim.inventory.transfer;

import static io.dcim.common.access.Permission.FIELD_MANAGE;
import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.TAG_MANAGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableFormat;
import io.dcim.common.table.TableReader;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceQueries;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.field.CustomFieldFacade;
import io.dcim.inventory.field.CustomFieldService;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.label.LabelFilter;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.label.Labelling;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tag.TagDetails;
import io.dcim.inventory.tag.TagFacade;
import io.dcim.inventory.tag.TagService;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Tags and custom fields travel through the device spreadsheet: a tags column and one cf_<key> column per field. */
class DeviceLabelsTransferTest {

    private static final Caller ADMIN = Caller.of("admin", READ, TAG_MANAGE, FIELD_MANAGE);

    @BothDatabases
    void aSheetCarriesTagsAndCustomFieldsInEitherLanguageAndTheExportWritesThemBack(Database db, InventoryFixture f) {
        f.cabinet("A01");
        new TagFacade(db, new TagService(db)).create(ADMIN, new TagDetails("Training pool", null, "#1976d2", null));
        new TagFacade(db, new TagService(db)).create(ADMIN, new TagDetails("RMA", null, null, null));
        new CustomFieldFacade(db, new CustomFieldService(db)).create(ADMIN, new CustomFieldDetails(ObjectType.DEVICE,
                "warranty_end", "Warranty end", "保修截止", FieldKind.DATE, null, false, 1));
        DeviceImport importer = new DeviceImport(db, f.devices, new GpuService(db));

        ImportReport english = importer.apply(read("""
                asset_tag,serial,model,status,tags,cf_warranty_end
                IM-1,SN-1,H3C UniServer R4900 G5,RECEIVED,training-pool;RMA,2027-05-31
                IM-2,SN-2,H3C UniServer R4900 G5,RECEIVED,,
                """), done -> { });
        ImportReport chinese = importer.apply(read("""
                资产标签,序列号,型号,状态,标签,保修截止
                IM-3,SN-3,H3C UniServer R4900 G5,RECEIVED,training-pool,2028-01-01
                """), done -> { });
        ImportReport refused = importer.apply(read("""
                asset_tag,serial,model,status,tags,cf_warranty_end
                IM-4,SN-4,H3C UniServer R4900 G5,RECEIVED,nope,2027-05-31
                IM-5,SN-5,H3C UniServer R4900 G5,RECEIVED,,31/05/2027
                """), done -> { });

        assertThat(english.problems()).isEmpty();
        assertThat(chinese.problems()).isEmpty();
        assertThat(refused.written()).isFalse();
        assertThat(refused.problems()).extracting(p -> p.line() + ":" + p.column()).containsExactly("2:tags", "3:cf_warranty_end");
        DeviceQueries devices = new DeviceQueries(db);
        List<DeviceSummary> pool = devices.page(DeviceFilter.all().withLabels(LabelFilter.ofTags("training-pool")),
                PageRequest.first(10, "assetTag")).items();
        assertThat(pool).extracting(DeviceSummary::assetTag).containsExactly("IM-1", "IM-3");
        LabelView first = new Labelling(db).view(ObjectType.DEVICE, pool.get(0).id());
        assertThat(first.tags()).extracting(TagChip::slug).containsExactly("rma", "training-pool");
        assertThat(first.customFields()).containsEntry("warranty_end", "2027-05-31");

        Table exported = export(db, devices, Locale.ROOT);
        assertThat(exported.columns()).endsWith("notes", "tags", "cf_warranty_end");
        assertThat(exported.rows()).extracting(r -> r.get("asset_tag") + "|" + r.get("tags") + "|" + r.get("cf_warranty_end"))
                .containsExactly("IM-1|rma;training-pool|2027-05-31", "IM-2|null|null", "IM-3|training-pool|2028-01-01");
        assertThat(export(db, devices, Locale.SIMPLIFIED_CHINESE).columns()).endsWith("备注", "标签", "保修截止");
    }

    private static Table read(String csv) {
        return new TableReader(100_000).read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Table export(Database db, DeviceQueries devices, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(TableFormat.CSV, out)) {
            new DeviceExport(db, devices).write(DeviceFilter.all(), writer, locale);
        }
        return new TableReader(100_000).read(out.toByteArray());
    }
}
