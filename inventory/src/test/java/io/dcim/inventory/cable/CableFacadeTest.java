package io.dcim.inventory.cable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.audit.Revision;
import io.dcim.common.edit.Change;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.envers.AuditReaderFactory;

class CableFacadeTest {

    private static final Caller OPS = Caller.of("ops-li", Permission.READ, Permission.CABLE_EDIT);
    private static final Caller READER = Caller.of("analyst-wang", Permission.READ);

    private record Setup(CableFacade cabling, Device server, Device leaf) {

        long port(Device device, String name) {
            return cabling.ports(READER, device.getId()).stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no port " + name)).portId();
        }

        NewCable aoc(String label, String serverPort, String leafPort) {
            return new NewCable(label, CableType.AOC, port(server, serverPort), List.of(port(leaf, leafPort)),
                    new BigDecimal("5.00"), "aqua", CableStatus.PLANNED);
        }
    }

    private static Setup setUp(Database db) {
        InventoryFixture f = new InventoryFixture(db);
        Cabinet network = f.cabinet("A01");
        Cabinet compute = f.cabinet("A02");
        return new Setup(new CableFacade(db, new CableService(db)), f.install(f.h100Server(), compute, 2, Face.FRONT),
                f.install(f.model("Quantum-2"), network, 20, Face.FRONT));
    }

    @BothDatabases
    void connectingNeedsCableEditAndIsRecordedUnderTheCallersName(Database db) {
        Setup s = setUp(db);
        NewCable request = s.aoc("F-1", "ib1", "p1");

        assertThatThrownBy(() -> s.cabling.connect(READER, request)).isInstanceOf(NotPermittedException.class)
                .hasMessageContaining("cable.edit");
        assertThat(s.cabling.page(READER, CableFilter.all(), PageRequest.first(10, "label")).total()).isZero();

        CableDetail cable = s.cabling.connect(OPS, request);
        assertThat(cable.ends()).extracting(CableDetail.End::port).containsExactly("ib1", "p1");
        String actor = db.read(session -> {
            var history = AuditReaderFactory.get(session);
            Number revision = history.getRevisions(Cable.class, cable.id()).get(0);
            return history.findRevision(Revision.class, revision).getActor();
        });
        assertThat(actor).isEqualTo("ops-li");
        assertThat(s.cabling.ports(READER, s.server.getId()).get(0).farPort()).isEqualTo("p1");
        assertThat(s.cabling.trace(READER, s.port(s.server, "ib1")).farEnd().orElseThrow())
                .extracting(PortRef::port).containsExactly("p1");
    }

    @BothDatabases
    void anUpdateRelabelsAndInstallsAtOnceAgainstTheVersionRead(Database db) {
        Setup s = setUp(db);
        CableDetail cable = s.cabling.connect(OPS, s.aoc("F-2", "ib2", "p2"));

        CableDetail updated = s.cabling.update(OPS, cable.id(), cable.version(), new CableUpdate(Change.to("F-2b"),
                Change.to(null), null, CableStatus.INSTALLED));
        assertThat(updated.label()).isEqualTo("F-2b");
        assertThat(updated.lengthM()).isNull();
        assertThat(updated.colour()).isEqualTo("aqua");
        assertThat(updated.status()).isEqualTo(CableStatus.INSTALLED);

        assertThatThrownBy(() -> s.cabling.update(OPS, cable.id(), cable.version(), new CableUpdate(Change.to("F-2c"), null,
                null, null))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> s.cabling.update(OPS, cable.id(), updated.version(), new CableUpdate(Change.to("F-2c"),
                null, null, CableStatus.PLANNED))).hasMessageStartingWith("status:");
        assertThat(s.cabling.view(READER, cable.id()).label()).as("all or nothing").isEqualTo("F-2b");
    }

    @BothDatabases
    void disconnectingRemovesAPlannedCableAndDecommissionsAnInstalledOne(Database db) {
        Setup s = setUp(db);
        CableDetail planned = s.cabling.connect(OPS, s.aoc("F-3", "ib3", "p3"));
        CableDetail installed = s.cabling.connect(OPS, new NewCable("F-4", CableType.AOC, s.port(s.server, "ib4"),
                List.of(s.port(s.leaf, "p4")), null, null, CableStatus.INSTALLED));

        assertThatThrownBy(() -> s.cabling.disconnect(READER, planned.id(), planned.version()))
                .isInstanceOf(NotPermittedException.class);
        s.cabling.disconnect(OPS, planned.id(), planned.version());
        s.cabling.disconnect(OPS, installed.id(), installed.version());

        assertThatThrownBy(() -> s.cabling.view(READER, planned.id())).isInstanceOf(NotFoundException.class);
        CableDetail decommissioned = s.cabling.view(READER, installed.id());
        assertThat(decommissioned.status()).isEqualTo(CableStatus.DECOMMISSIONED);
        assertThat(decommissioned.ends()).isEmpty();
        assertThat(s.cabling.ports(READER, s.server.getId())).allMatch(p -> p.cableId() == null);
    }

    @BothDatabases
    void refusalsOfEveryCableAreListedByIndexWithoutWritingAny(Database db) {
        Setup s = setUp(db);
        s.cabling.connect(OPS, s.aoc("TAKEN", "ib8", "p8"));
        CableService service = new CableService(db);

        var refused = service.refusals(List.of(s.aoc("R-1", "ib1", "p1"), s.aoc("TAKEN", "ib2", "p2"),
                s.aoc("R-3", "ib1", "p3"), new NewCable("R-4", CableType.CAT6, s.port(s.server, "ib4"),
                        List.of(s.port(s.leaf, "p4")), null, null, CableStatus.PLANNED)));

        assertThat(refused).containsOnlyKeys(1, 2, 3);
        assertThat(refused.get(1).field()).isEqualTo("label");
        assertThat(refused.get(2).field()).isEqualTo("aPortId");
        assertThat(refused.get(3).field()).isEqualTo("type");
        assertThat(s.cabling.page(READER, CableFilter.all(), PageRequest.first(10, "label")).total()).isEqualTo(1);
    }
}
