package io.dcim.inventory.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.DomainException;
import io.dcim.common.event.EventType;
import io.dcim.common.event.OutboxEvent;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.util.List;

/** A device's changes write their outbox event in their own transaction: a refused change writes none. */
class DeviceEventsTest {

    private static List<OutboxEvent> outbox(Database db) {
        return db.read(s -> s.createQuery("from OutboxEvent e order by e.id", OutboxEvent.class).getResultList());
    }

    @BothDatabases
    void installingADeviceRecordsOneCreatedEventNamingItsSiteAndPlace(Database db, InventoryFixture f) {
        Cabinet a01 = f.cabinet("A01");

        Device server = f.install(f.h100Server(), a01, 10, Face.FRONT);

        List<OutboxEvent> events = outbox(db);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getType()).isEqualTo(EventType.DEVICE_CREATED);
            assertThat(e.getSubject()).isEqualTo(server.getAssetTag());
            assertThat(e.getSubjectId()).isEqualTo(server.getId());
            assertThat(e.getSiteId()).isEqualTo(f.site.getId());
            assertThat(e.getPayload()).contains("\"location\":\"A01 U10 front\"", "\"status\":\"INSTALLED\"",
                    "\"site\":\"Test IDC\"");
            assertThat(e.isFannedOut()).isFalse();
        });
    }

    @BothDatabases
    void aPlacementRefusedForTakenUnitsWritesNoEventAndNeitherDoesARefusedStatusChange(Database db,
            InventoryFixture f) {
        Cabinet a01 = f.cabinet("A01");
        Device first = f.install(f.h100Server(), a01, 10, Face.FRONT);

        assertThatThrownBy(() -> f.install(f.h100Server(), a01, 10, Face.FRONT)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> f.devices.changeStatus(first.getId(), first.getVersion(), LifecycleStatus.ORDERED, null))
                .isInstanceOf(DomainException.class);

        assertThat(outbox(db)).extracting(OutboxEvent::getType).containsExactly(EventType.DEVICE_CREATED);
    }

    @BothDatabases
    void aMoveAndAStatusChangeEachRecordFromWhereAndToWhat(Database db, InventoryFixture f) {
        Cabinet a01 = f.cabinet("A01");
        Cabinet a02 = f.cabinet("A02");
        Device server = f.install(f.h100Server(), a01, 10, Face.FRONT);

        Device moved = f.devices.move(server.getId(), server.getVersion(), Location.inCabinet(a02.getId(), 20, Face.FRONT),
                null);
        f.devices.changeStatus(moved.getId(), moved.getVersion(), LifecycleStatus.IN_SERVICE, null);

        List<OutboxEvent> events = outbox(db);
        assertThat(events).extracting(OutboxEvent::getType).containsExactly(EventType.DEVICE_CREATED,
                EventType.DEVICE_MOVED, EventType.DEVICE_STATUS_CHANGED);
        assertThat(events.get(1).getPayload()).contains("\"from\":\"A01 U10 front\"", "\"to\":\"A02 U20 front\"");
        assertThat(events.get(2).getPayload()).contains("\"from\":\"INSTALLED\"", "\"to\":\"IN_SERVICE\"");
    }
}
