package io.dcim.inventory.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

class DeviceServiceTest {

    @BothDatabases
    void rejectsDeviceOverlappingOccupiedUnits(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        Device first = f.install(f.h100Server(), cabinet, 10, Face.FRONT);

        assertThatThrownBy(() -> f.install(f.h100Server(), cabinet, 12, Face.FRONT))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("positionU")
                .hasMessageContaining("U12–U17")
                .hasMessageContaining(first.getAssetTag());
        assertThat(f.cabinets.find(cabinet.getId()).getDeviceCount()).isEqualTo(1);
    }

    @BothDatabases
    void rackRefusalsReadInEnglishForTheApiAndInChineseOnPages(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        Device first = f.install(f.h100Server(), cabinet, 10, Face.FRONT);

        ConflictException occupied = catchThrowableOfType(ConflictException.class,
                () -> f.install(f.h100Server(), cabinet, 12, Face.FRONT));
        assertThat(occupied.getMessage()).isEqualTo("positionU: U12–U17 on the front of cabinet A01 is occupied by "
                + first.getLabel() + " (U10–U15)");
        assertThat(occupied.reason(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("机柜 A01 前面的 U12–U17 已被 " + first.getLabel() + "（U10–U15）占用");

        InvalidValueException outside = catchThrowableOfType(InvalidValueException.class,
                () -> f.install(f.h100Server(), cabinet, 40, Face.REAR));
        assertThat(outside.reason()).isEqualTo("a 6U device at U40 would take U40–U45, outside the 42U cabinet A01");
        assertThat(outside.reason(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("6U 设备放在 U40 将占用 U40–U45，超出了 42U 机柜 A01 的范围");
    }

    @BothDatabases
    void fullDepthDeviceTakesTheRearFaceToo(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        f.install(f.h100Server(), cabinet, 1, Face.FRONT);

        assertThatThrownBy(() -> f.install(f.leafSwitch(), cabinet, 3, Face.REAR))
                .isInstanceOf(ConflictException.class).hasMessageContaining("rear");
    }

    @BothDatabases
    void halfDepthDevicesShareAUnitFrontAndRear(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        f.install(f.leafSwitch(), cabinet, 42, Face.FRONT);
        f.install(f.leafSwitch(), cabinet, 42, Face.REAR);

        Cabinet after = f.cabinets.find(cabinet.getId());
        assertThat(after.getUsedU()).as("one unit used on both faces counts once").isEqualTo(1);
        assertThat(after.getDeviceCount()).isEqualTo(2);
    }

    @BothDatabases
    void rejectsDeviceReachingAboveTheCabinetTop(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");

        assertThatThrownBy(() -> f.install(f.h100Server(), cabinet, 40, Face.FRONT))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("positionU").hasMessageContaining("U40–U45").hasMessageContaining("42U");
        assertThatThrownBy(() -> f.install(f.h100Server(), cabinet, 0, Face.FRONT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("positionU");
    }

    @BothDatabases
    void zeroUPdusMountOnTheSideWithoutAUnit(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        var pdu = f.model("AP8886");
        f.devices.create(f.newDevice(pdu, LifecycleStatus.INSTALLED, Location.zeroU(cabinet.getId())), null);
        f.devices.create(f.newDevice(pdu, LifecycleStatus.INSTALLED, Location.zeroU(cabinet.getId())), null);

        assertThatThrownBy(() -> f.install(pdu, cabinet, 5, Face.FRONT))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("face");
        Cabinet after = f.cabinets.find(cabinet.getId());
        assertThat(after.getUsedU()).isZero();
        assertThat(after.getDeviceCount()).isEqualTo(2);
        assertThat(after.getTypicalW()).isEqualTo(2 * pdu.getTypicalPowerW());
    }

    @BothDatabases
    void refusesLoadBeyondContractedPowerWithoutOverride(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        f.install(f.h100Server(), cabinet, 1, Face.FRONT);
        f.install(f.h100Server(), cabinet, 10, Face.FRONT);

        assertThatThrownBy(() -> f.install(f.h100Server(), cabinet, 20, Face.FRONT))
                .isInstanceOf(PowerBudgetExceededException.class)
                .hasMessageContaining("26.1 kW typical against 20.0 kW contracted");
        assertThat(f.cabinets.find(cabinet.getId()).getTypicalW()).isEqualTo(17_400);
    }

    @BothDatabases
    void recordsTheOverrideWhenPowerIsExceededOnPurpose(Database db, InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        f.install(f.h100Server(), cabinet, 1, Face.FRONT);
        f.install(f.h100Server(), cabinet, 10, Face.FRONT);

        Device third = f.devices.create(f.newDevice(f.h100Server(), LifecycleStatus.INSTALLED,
                Location.inCabinet(cabinet.getId(), 20, Face.FRONT)), new PowerOverride("burn-in for 48 h", "alice"));

        List<PowerOverrideRecord> overrides = db.read(s -> s.createQuery(
                "from PowerOverrideRecord", PowerOverrideRecord.class).getResultList());
        assertThat(overrides).singleElement().satisfies(o -> {
            assertThat(o.getReason()).isEqualTo("burn-in for 48 h");
            assertThat(o.getActor()).isEqualTo("alice");
            assertThat(o.getTypicalWAfter()).isEqualTo(26_100);
            assertThat(o.getContractedW()).isEqualTo(20_000);
        });
        assertThat(f.devices.find(third.getId()).getCabinet()).isNotNull();
    }

    @BothDatabases
    void rejectsDuplicateAssetTagAndSerialIgnoringCase(InventoryFixture f) {
        var model = f.leafSwitch();
        f.devices.create(new NewDevice("SW-001", "abc123", null, model.getId(), LifecycleStatus.RECEIVED, null, null, null), null);

        assertThatThrownBy(() -> f.devices.create(new NewDevice("sw-001", "other", null, model.getId(),
                LifecycleStatus.RECEIVED, null, null, null), null))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("assetTag:");
        assertThatThrownBy(() -> f.devices.create(new NewDevice("SW-002", "ABC123", null, model.getId(),
                LifecycleStatus.RECEIVED, null, null, null), null))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("serial:");
    }

    @BothDatabases
    void assetTagsAndSerialsRefuseControlAndInvisibleCharactersNamingTheField(InventoryFixture f) {
        var model = f.leafSwitch();
        java.util.function.BiFunction<String, String, NewDevice> device = (tag, serial) -> new NewDevice(tag, serial, null,
                model.getId(), LifecycleStatus.RECEIVED, null, null, null);

        assertThatThrownBy(() -> f.devices.create(device.apply("SW-\u0000-1", "SN-1"), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("assetTag: contains the control character U+0000; only printable text is allowed");
        assertThatThrownBy(() -> f.devices.create(device.apply("SW-1", "SN-1\t"), null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("serial: contains the control character U+0009");
        assertThatThrownBy(() -> f.devices.create(device.apply("SW-1\u3000", "SN-1"), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("assetTag: ends with the invisible character U+3000; remove it");
        assertThatThrownBy(() -> f.devices.create(device.apply("SW-1", "\u200BSN-1"), null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("serial: begins with the invisible character U+200B");
        Device created = f.devices.create(device.apply("  交换机-1 ", "SN 1"), null);
        assertThat(created.getAssetTag()).as("spaces around are trimmed as in every field").isEqualTo("交换机-1");
        assertThatThrownBy(() -> f.devices.edit(created.getId(), created.getVersion(), new DeviceEdit("SW-1\r\n", "SN 1",
                null, null, null))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("assetTag: contains");
    }

    @BothDatabases
    void allowsOnlySensibleLifecycleTransitions(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        Device ordered = f.devices.create(f.newDevice(f.leafSwitch(), LifecycleStatus.ORDERED, null), null);

        assertThatThrownBy(() -> f.devices.changeStatus(ordered.getId(), ordered.getVersion(), LifecycleStatus.IN_SERVICE, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("status: cannot go from ORDERED to IN_SERVICE; allowed: RECEIVED")
                .satisfies(e -> assertThat(((IllegalTransitionException) e).reason(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("不能从 ORDERED 变为 IN_SERVICE；允许变为：RECEIVED"));

        Device received = f.devices.changeStatus(ordered.getId(), ordered.getVersion(), LifecycleStatus.RECEIVED, null);
        assertThatThrownBy(() -> f.devices.changeStatus(received.getId(), received.getVersion(), LifecycleStatus.INSTALLED, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("move it there first");

        Device racked = f.devices.move(received.getId(), received.getVersion(),
                Location.inCabinet(cabinet.getId(), 5, Face.FRONT), null);
        Device installed = f.devices.changeStatus(racked.getId(), racked.getVersion(), LifecycleStatus.INSTALLED, null);
        assertThat(installed.getStatus()).isEqualTo(LifecycleStatus.INSTALLED);
    }

    @BothDatabases
    void disposingADeviceFreesItsUnitsAndPower(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        Device server = f.install(f.h100Server(), cabinet, 1, Face.FRONT);

        Device decommissioned = f.devices.changeStatus(server.getId(), server.getVersion(), LifecycleStatus.DECOMMISSIONED, null);
        Cabinet whileDecommissioned = f.cabinets.find(cabinet.getId());
        assertThat(whileDecommissioned.getUsedU()).as("still racked").isEqualTo(6);
        assertThat(whileDecommissioned.getTypicalW()).as("switched off").isZero();

        Device disposed = f.devices.changeStatus(decommissioned.getId(), decommissioned.getVersion(), LifecycleStatus.DISPOSED, null);
        assertThat(disposed.getCabinet()).isNull();
        assertThat(f.cabinets.find(cabinet.getId()).getUsedU()).isZero();
    }

    @BothDatabases
    void movingADeviceUpdatesBothCabinets(InventoryFixture f) {
        Cabinet from = f.cabinet("A01");
        Cabinet to = f.cabinet("A02");
        Device server = f.install(f.h100Server(), from, 1, Face.FRONT);

        f.devices.move(server.getId(), server.getVersion(), Location.inCabinet(to.getId(), 30, Face.FRONT), null);

        assertThat(f.cabinets.find(from.getId()).getUsedU()).isZero();
        assertThat(f.cabinets.find(from.getId()).getTypicalW()).isZero();
        assertThat(f.cabinets.find(to.getId()).getUsedU()).isEqualTo(6);
        assertThat(f.cabinets.find(to.getId()).getTypicalW()).isEqualTo(8_700);
    }

    @BothDatabases
    void movingWithinTheSameCabinetIgnoresTheDeviceItself(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        Device server = f.install(f.h100Server(), cabinet, 1, Face.FRONT);

        Device moved = f.devices.move(server.getId(), server.getVersion(), Location.inCabinet(cabinet.getId(), 3, Face.FRONT), null);

        assertThat(moved.getPositionU()).isEqualTo(3);
        assertThat(f.cabinets.find(cabinet.getId()).getUsedU()).isEqualTo(6);
    }

    @BothDatabases
    void refusesAChangeBasedOnAStaleVersion(InventoryFixture f) {
        Device device = f.devices.create(f.newDevice(f.leafSwitch(), LifecycleStatus.RECEIVED, null), null);
        f.devices.edit(device.getId(), device.getVersion(), new DeviceEdit("NEW-TAG", device.getSerial(), "leaf-1", null, null));

        assertThatThrownBy(() -> f.devices.edit(device.getId(), device.getVersion(),
                new DeviceEdit("OTHER", device.getSerial(), null, null, null)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("version: device NEW-TAG was changed by someone else; reload and try again")
                .satisfies(e -> assertThat(((ConflictException) e).reason(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("设备 NEW-TAG 已被他人修改，请重新加载后再试"));
    }

    @BothDatabases
    void onlyOneOfTwoConcurrentPlacementsIntoTheSameUnitsSucceeds(InventoryFixture f) throws Exception {
        Cabinet cabinet = f.cabinet("A01");
        var model = f.h100Server();
        int attempts = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            NewDevice request = f.newDevice(model, LifecycleStatus.INSTALLED, Location.inCabinet(cabinet.getId(), 10, Face.FRONT));
            results.add(pool.submit(() -> {
                start.await();
                try {
                    f.devices.create(request, null);
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int succeeded = 0;
        for (Future<Boolean> result : results) {
            succeeded += result.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(succeeded).isEqualTo(1);
        assertThat(f.cabinets.find(cabinet.getId()).getDeviceCount()).isEqualTo(1);
    }

    @BothDatabases
    void floorStandingUnitsStandInARoomNotACabinet(InventoryFixture f) {
        Cabinet cabinet = f.cabinet("A01");
        var ups = f.model("Liebert EXL");

        assertThatThrownBy(() -> f.devices.create(f.newDevice(ups, LifecycleStatus.INSTALLED,
                Location.zeroU(cabinet.getId())), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("room");
        Device placed = f.devices.create(f.newDevice(ups, LifecycleStatus.INSTALLED, Location.onFloor(f.room.getId())), null);
        assertThat(placed.getRoom().getId()).isEqualTo(f.room.getId());
    }
}
