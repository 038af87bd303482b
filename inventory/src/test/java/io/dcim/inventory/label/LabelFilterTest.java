package io.dcim.inventory.label;

import static io.dcim.common.access.Permission.DEVICE_EDIT;
import static io.dcim.common.access.Permission.FIELD_MANAGE;
import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.SITE_MANAGE;
import static io.dcim.common.access.Permission.TAG_MANAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.edit.Change;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetFacade;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.device.BulkEditRefusedException;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceBulkEdit;
import io.dcim.inventory.device.DeviceFacade;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceQueries;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.field.CustomFieldDetails;
import io.dcim.inventory.field.CustomFieldFacade;
import io.dcim.inventory.field.CustomFieldService;
import io.dcim.inventory.field.FieldKind;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDetails;
import io.dcim.inventory.site.SiteFacade;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.inventory.tag.TagChip;
import io.dcim.inventory.tag.TagDetails;
import io.dcim.inventory.tag.TagFacade;
import io.dcim.inventory.tag.TagService;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

class LabelFilterTest {

    private static final Caller ADMIN = Caller.of("admin", READ, TAG_MANAGE, FIELD_MANAGE, DEVICE_EDIT, SITE_MANAGE);

    @BothDatabases
    void aSiteAndACabinetAreCreatedWithTheirTagsAndValuesOrNotAtAll(Database db, InventoryFixture f) {
        new TagFacade(db, new TagService(db)).create(ADMIN, new TagDetails("Liquid", null, "#1976d2", null));
        new CustomFieldFacade(db, new CustomFieldService(db)).create(ADMIN, new CustomFieldDetails(ObjectType.CABINET,
                "contract_no", "Contract", "合同号", FieldKind.TEXT, null, true, 1));
        SiteFacade sites = new SiteFacade(db, f.sites);
        CabinetFacade cabinets = new CabinetFacade(db, f.cabinets);

        Site site = sites.create(ADMIN, new SiteDetails("East 3", "E3", null, null, "Asia/Shanghai",
                new BigDecimal("0.68"), new BigDecimal("1.30"), new BigDecimal("0.5703"), null),
                new Labels(Set.of("liquid"), null));
        Cabinet cabinet = cabinets.create(ADMIN, new NewCabinet(f.row.getId(), "N01", 40, 42, 20_000, null),
                new Labels(Set.of("liquid"), Map.of("contract_no", "IDC-2026-17")));
        assertThatThrownBy(() -> cabinets.create(ADMIN, new NewCabinet(f.row.getId(), "N02", 41, 42, 20_000, null),
                new Labels(Set.of("liquid"), Map.of("contract_no", " "))))
                .as("a required field left empty").isInstanceOf(InvalidValueException.class);

        assertThat(new Labelling(db).view(ObjectType.SITE, site.getId()).tags()).extracting(TagChip::slug).containsExactly("liquid");
        assertThat(new Labelling(db).view(ObjectType.CABINET, cabinet.getId()).customFields())
                .containsEntry("contract_no", "IDC-2026-17");
        Long refused = db.read(session -> session.createQuery("select count(c) from Cabinet c where c.name = 'N02'", Long.class)
                .getSingleResult());
        assertThat(refused).as("nothing of the refused cabinet").isZero();
    }

    @BothDatabases
    void aBulkEditAddsAndTakesOffTagsAndListsFilterOnEveryTagAndFieldValueGiven(Database db, InventoryFixture f) {
        TagFacade tags = new TagFacade(db, new TagService(db));
        tags.create(ADMIN, new TagDetails("Training", null, "#1976d2", null));
        tags.create(ADMIN, new TagDetails("RMA", null, "#d32f2f", null));
        new CustomFieldFacade(db, new CustomFieldService(db)).create(ADMIN, new CustomFieldDetails(ObjectType.DEVICE,
                "budget_kw", "Budget (kW)", "预算（千瓦）", FieldKind.NUMBER, null, false, 1));
        DeviceFacade devices = new DeviceFacade(db, f.devices);
        Device a = ordered(f);
        Device b = ordered(f);
        Device c = ordered(f);

        devices.bulkEdit(ADMIN, List.of(a.getId(), b.getId(), c.getId()), new DeviceBulkEdit(null, null, null,
                Set.of("training"), Set.of()));
        devices.bulkEdit(ADMIN, List.of(b.getId()), new DeviceBulkEdit(null, null, Change.to("returned"), Set.of("rma"),
                Set.of("training")));
        devices.bulkEdit(ADMIN, List.of(a.getId()), new DeviceBulkEdit(null, null, null, Set.of("rma"), Set.of()));
        Device loaded = f.devices.find(a.getId());
        devices.update(ADMIN, a.getId(), loaded.getVersion(), new io.dcim.inventory.device.DeviceUpdate(null, null, null,
                null, null, null, null, null, new Labels(null, Map.of("budget_kw", "10.2"))));

        assertThat(new Labelling(db).view(ObjectType.DEVICE, a.getId()).tags()).extracting(TagChip::slug)
                .containsExactly("rma", "training");
        assertThat(ids(db, LabelFilter.ofTags("training"))).containsExactlyInAnyOrder(a.getId(), c.getId());
        assertThat(ids(db, LabelFilter.ofTags("training", "rma"))).as("every tag given").containsExactly(a.getId());
        assertThat(ids(db, new LabelFilter(List.of(), Map.of("budget_kw", "10.20")))).containsExactly(a.getId());
        assertThatThrownBy(() -> ids(db, LabelFilter.ofTags("nope"))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("tag"));
        assertThatThrownBy(() -> ids(db, new LabelFilter(List.of(), Map.of("budget_kw", "lots"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cf_budget_kw"));
        assertThatThrownBy(() -> devices.bulkEdit(ADMIN, List.of(a.getId(), b.getId()), new DeviceBulkEdit(null, null, null,
                Set.of("unknown"), Set.of()))).isInstanceOfSatisfying(BulkEditRefusedException.class,
                e -> assertThat(e.refusals()).hasSize(2));
    }

    private static Device ordered(InventoryFixture f) {
        return f.devices.create(f.newDevice(f.h100Server(), LifecycleStatus.ORDERED, Location.inStock()), null);
    }

    private static List<Long> ids(Database db, LabelFilter filter) {
        return new DeviceQueries(db).page(DeviceFilter.all().withLabels(filter), PageRequest.first(50, "assetTag")).items()
                .stream().map(DeviceSummary::id).toList();
    }
}
