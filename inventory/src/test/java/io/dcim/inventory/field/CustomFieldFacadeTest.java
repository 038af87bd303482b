package io.dcim.inventory.field;

import static io.dcim.common.access.Permission.DEVICE_EDIT;
import static io.dcim.common.access.Permission.FIELD_MANAGE;
import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.SITE_MANAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.CabinetFacade;
import io.dcim.inventory.cabinet.CabinetService;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceFacade;
import io.dcim.inventory.device.DeviceUpdate;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.label.Labelling;
import io.dcim.inventory.label.Labels;
import io.dcim.inventory.tag.ObjectType;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.util.List;
import java.util.Locale;
import java.util.Map;

class CustomFieldFacadeTest {

    private static final Caller ADMIN = Caller.of("admin", READ, FIELD_MANAGE, DEVICE_EDIT, SITE_MANAGE);

    @BothDatabases
    void valuesAreCheckedByTheFieldsKindAndStoredCanonically(Database db, InventoryFixture f) {
        CustomFieldFacade fields = new CustomFieldFacade(db, new CustomFieldService(db));
        fields.create(ADMIN, new CustomFieldDetails(ObjectType.DEVICE, "warranty_end", "Warranty end", "保修截止",
                FieldKind.DATE, null, false, 1));
        fields.create(ADMIN, new CustomFieldDetails(ObjectType.DEVICE, "budget_kw", "Budget (kW)", "预算（千瓦）",
                FieldKind.NUMBER, null, false, 2));
        fields.create(ADMIN, new CustomFieldDetails(ObjectType.DEVICE, "pool", "Pool", "资源池", FieldKind.CHOICE,
                List.of("training", "inference"), false, 3));
        DeviceFacade devices = new DeviceFacade(db, f.devices);
        Device device = f.devices.create(f.newDevice(f.h100Server(), LifecycleStatus.ORDERED, Location.inStock()), null);

        devices.update(ADMIN, device.getId(), device.getVersion(), labels(Map.of("warranty_end", "2027-05-31",
                "budget_kw", "10.50", "pool", "Training")));

        assertThat(new Labelling(db).view(ObjectType.DEVICE, device.getId()).customFields())
                .containsExactly(Map.entry("warranty_end", "2027-05-31"), Map.entry("budget_kw", "10.5"),
                        Map.entry("pool", "training"));
        assertThat(f.devices.find(device.getId()).getVersion()).as("labelling is an edit of the device")
                .isGreaterThan(device.getVersion());
        int version = f.devices.find(device.getId()).getVersion();
        assertThatThrownBy(() -> devices.update(ADMIN, device.getId(), version, labels(Map.of("budget_kw", "ten"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("customFields.budget_kw");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“ten”不是数字");
                });
        assertThatThrownBy(() -> devices.update(ADMIN, device.getId(), version, labels(Map.of("pool", "gaming"))))
                .isInstanceOf(InvalidValueException.class).hasMessage("customFields.pool: 'gaming' is not one of training, inference");
        assertThatThrownBy(() -> devices.update(ADMIN, device.getId(), version, labels(Map.of("colour", "red"))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("customFields.colour: no custom field");
        assertThatThrownBy(() -> devices.update(ADMIN, device.getId(), version, labels(Map.of("warranty_end", "31/05/2027"))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("customFields.warranty_end:");

        devices.update(ADMIN, device.getId(), version, labels(java.util.Collections.singletonMap("pool", null)));
        assertThat(new Labelling(db).view(ObjectType.DEVICE, device.getId()).customFields()).doesNotContainKey("pool");
    }

    @BothDatabases
    void aRequiredFieldCannotBeLeftEmptyAndADefinitionInUseKeepsItsValuesValid(Database db, InventoryFixture f) {
        CustomFieldFacade fields = new CustomFieldFacade(db, new CustomFieldService(db));
        CustomField contract = fields.create(ADMIN, new CustomFieldDetails(ObjectType.CABINET, "contract", "Contract",
                "合同", FieldKind.CHOICE, List.of("A-2024", "B-2025"), true, 1));
        fields.create(ADMIN, new CustomFieldDetails(ObjectType.CABINET, "note", "Note", "备注", FieldKind.TEXT, null, false, 2));
        Cabinet cabinet = f.cabinet("A01");
        CabinetFacade cabinets = new CabinetFacade(db, new CabinetService(db));
        var read = cabinets.cabinet(ADMIN, cabinet.getId());

        assertThatThrownBy(() -> cabinets.edit(ADMIN, cabinet.getId(), read.version(), read.value(),
                new Labels(null, Map.of("note", "hot aisle"))))
                .isInstanceOf(InvalidValueException.class).hasMessage("customFields.contract: is required");
        cabinets.edit(ADMIN, cabinet.getId(), read.version(), read.value(), new Labels(null, Map.of("contract", "a-2024")));

        assertThatThrownBy(() -> fields.edit(ADMIN, contract.getId(), contract.getVersion(), new CustomFieldDetails(
                ObjectType.CABINET, "contract", "Contract", "合同", FieldKind.CHOICE, List.of("B-2025"), true, 1)))
                .isInstanceOf(ConflictException.class).hasMessage("choices: values still use A-2024: keep these choices");
        assertThatThrownBy(() -> fields.edit(ADMIN, contract.getId(), contract.getVersion(), new CustomFieldDetails(
                ObjectType.CABINET, "contract", "Contract", "合同", FieldKind.TEXT, null, true, 1)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("kind:");
        assertThatThrownBy(() -> fields.delete(ADMIN, contract.getId(), contract.getVersion()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("on 1 object(s)");
        assertThatThrownBy(() -> fields.create(ADMIN, new CustomFieldDetails(ObjectType.CABINET, "Contract No", "x", "x",
                FieldKind.TEXT, null, false, 3))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("key:");
        assertThatThrownBy(() -> fields.create(ADMIN, new CustomFieldDetails(ObjectType.CABINET, "contract", "x", "x",
                FieldKind.TEXT, null, false, 3))).isInstanceOf(ConflictException.class).hasMessageStartingWith("key:");
        assertThatThrownBy(() -> fields.create(Caller.of("ops", READ, SITE_MANAGE), new CustomFieldDetails(
                ObjectType.SITE, "grid", "Grid", "电网", FieldKind.TEXT, null, false, 1)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(fields.fields(ADMIN, ObjectType.CABINET)).extracting(v -> v.value().key()).containsExactly("contract", "note");
    }

    private static DeviceUpdate labels(Map<String, String> values) {
        return new DeviceUpdate(null, null, null, null, null, null, null, null, new Labels(null, values));
    }
}
