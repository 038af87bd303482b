package io.dcim.inventory.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceEdit;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.Location;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryServiceTest {

    @BothDatabases
    void recordsWhoChangedWhatWithTheOldAndNewValues(Database db, InventoryFixture f) {
        Cabinet a01 = f.cabinet("A01");
        Cabinet a02 = f.cabinet("A02");
        Device server = Actor.as("alice", () -> f.install(f.h100Server(), a01, 1, Face.FRONT));
        Device moved = Actor.as("bob", () -> f.devices.move(server.getId(), server.getVersion(),
                Location.inCabinet(a02.getId(), 10, Face.FRONT), null));
        Actor.as("carol", () -> f.devices.edit(moved.getId(), moved.getVersion(),
                new DeviceEdit(moved.getAssetTag(), moved.getSerial(), "gpu-node-1", null, "burn-in done")));

        List<Change> history = new HistoryService(db).of("device", server.getId());

        assertThat(history).extracting(Change::actor).containsExactly("alice", "bob", "carol");
        assertThat(history).extracting(Change::action).containsExactly("created", "changed", "changed");
        assertThat(history.get(1).fields()).contains(
                new Change.FieldChange("cabinet", "A01", "A02"),
                new Change.FieldChange("positionU", "1", "10"));
        assertThat(history.get(2).fields()).containsExactlyInAnyOrder(
                new Change.FieldChange("name", null, "gpu-node-1"),
                new Change.FieldChange("notes", null, "burn-in done"));
        assertThat(history.get(0).at()).isBeforeOrEqualTo(history.get(2).at());
    }

    @BothDatabases
    void listsTheLatestChangesAcrossTheInventory(Database db, InventoryFixture f) {
        Cabinet cabinet = Actor.as("dave", () -> f.cabinet("B01"));
        Actor.as("erin", () -> f.install(f.leafSwitch(), cabinet, 42, Face.FRONT));

        List<Change> recent = new HistoryService(db).recent(5);

        assertThat(recent.get(0).actor()).isEqualTo("erin");
        assertThat(recent.get(0).type()).isEqualTo("device");
        assertThat(recent).extracting(Change::actor).contains("dave");
        assertThatThrownBy(() -> new HistoryService(db).of("spaceship", 1))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("type:");
    }

    @BothDatabases
    void pagesTheChangesAcrossTypesNewestFirstNamingEachObjectByItsName(Database db, InventoryFixture f) {
        Cabinet cabinet = Actor.as("dave", () -> f.cabinet("C07"));
        Device leaf = Actor.as("erin", () -> f.install(f.leafSwitch(), cabinet, 40, Face.FRONT));
        HistoryService history = new HistoryService(db);

        Page<Change> erins = history.page(new HistoryFilter(null, "erin", null, null), PageRequest.first(1, null));
        assertThat(erins.total()).isPositive();
        assertThat(erins.items()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("device");
            assertThat(c.objectName()).isEqualTo(leaf.getAssetTag());
        });
        Page<Change> cabinets = history.page(new HistoryFilter("cabinet", null, null, null), PageRequest.first(50, null));
        assertThat(cabinets.items()).extracting(Change::objectName).contains("C07");
        assertThat(cabinets.items()).extracting(Change::type).containsOnly("cabinet");
        Instant later = Instant.now().plusSeconds(3600);
        assertThat(history.page(new HistoryFilter(null, null, later, null), PageRequest.first(5, null)).total()).isZero();
        assertThat(history.page(new HistoryFilter(null, null, null, later), PageRequest.first(5, null)).total())
                .isEqualTo(history.page(HistoryFilter.all(), PageRequest.first(5, null)).total()).isPositive();
        assertThat(history.actors()).contains("dave", "erin");
    }

    @Test
    void theDemosSeedingAndJobsAreTheSystemsWorkNotAPersons() {
        assertThat(Actor.isSystem(Actor.DEMO_LOADER)).isTrue();
        assertThat(Actor.isSystem(Actor.SYSTEM)).isTrue();
        assertThat(Actor.isSystem("alice")).isFalse();
    }
}
