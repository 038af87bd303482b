package io.dcim.inventory.cable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.audit.Actor;
import io.dcim.common.audit.Revision;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.port.PortKind;
import io.dcim.inventory.site.NewSite;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

class CableServiceTest {

    private record Setup(InventoryFixture f, CableService cables, CableQueries list, PortQueries ports, CableTrace trace,
            Cabinet network, Cabinet compute) {

        long port(Device device, String name) {
            return f.port(device, name);
        }
    }

    private static Setup setUp(Database db) {
        InventoryFixture f = new InventoryFixture(db);
        return new Setup(f, new CableService(db), new CableQueries(db), new PortQueries(db), new CableTrace(db),
                f.cabinet("A01"), f.cabinet("A02"));
    }

    @BothDatabases
    void aNewDeviceGetsThePortsOfItsModel(Database db) {
        Setup s = setUp(db);
        Device server = s.f.install(s.f.h100Server(), s.compute, 2, Face.FRONT);
        Device ib = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);

        List<PortSummary> ports = s.ports.ofDevice(server.getId());
        assertThat(ports).extracting(PortSummary::name).containsExactly("ib1", "ib2", "ib3", "ib4", "ib5", "ib6", "ib7",
                "ib8", "fe1", "fe2", "mgmt1", "bmc1");
        assertThat(ports.get(0).kind()).isEqualTo(PortKind.IB_NDR);
        assertThat(ports).allMatch(p -> p.cableId() == null);
        List<PortSummary> switchPorts = s.ports.ofDevice(ib.getId());
        assertThat(switchPorts).hasSize(66);
        assertThat(switchPorts.get(0).breakout()).isTrue();
    }

    @BothDatabases
    void aCableJoinsTwoFreeCompatiblePortsAndShowsOnBothDevices(Database db) {
        Setup s = setUp(db);
        Device server = s.f.install(s.f.h100Server(), s.compute, 2, Face.FRONT);
        Device leaf = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);

        Cable cable = s.cables.connect(new NewCable("C-0001", CableType.AOC, s.port(server, "ib1"),
                List.of(s.port(leaf, "p1")), new BigDecimal("7.50"), "aqua", CableStatus.PLANNED));

        PortSummary ib1 = s.ports.ofDevice(server.getId()).get(0);
        assertThat(ib1.cableLabel()).isEqualTo("C-0001");
        assertThat(ib1.farDeviceId()).isEqualTo(leaf.getId());
        assertThat(ib1.farPort()).isEqualTo("p1");
        PortSummary p1 = s.ports.ofDevice(leaf.getId()).get(0);
        assertThat(p1.farPort()).isEqualTo("ib1");
        assertThat(p1.cableId()).isEqualTo(cable.getId());

        assertThatThrownBy(() -> s.cables.connect(NewCable.between("C-0002", CableType.AOC, s.port(server, "ib1"),
                s.port(leaf, "p2"), CableStatus.PLANNED)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("aPortId: ").hasMessageContaining("C-0001");
        assertThatThrownBy(() -> s.cables.connect(NewCable.between("c-0001", CableType.AOC, s.port(server, "ib2"),
                s.port(leaf, "p2"), CableStatus.PLANNED)))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("label: ");
    }

    @BothDatabases
    void aBatchIsRefusedOnlyForTheLabelsItTakesNotForTheTakenOnesBetweenThem(Database db) {
        Setup s = setUp(db);
        Device server = s.f.install(s.f.h100Server(), s.compute, 2, Face.FRONT);
        Device leaf = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);
        s.cables.connect(NewCable.between("C-0005", CableType.AOC, s.port(server, "ib1"), s.port(leaf, "p1"),
                CableStatus.PLANNED));
        List<NewCable> around = List.of(
                NewCable.between("C-0003", CableType.AOC, s.port(server, "ib2"), s.port(leaf, "p2"), CableStatus.PLANNED),
                NewCable.between("C-0009", CableType.AOC, s.port(server, "ib3"), s.port(leaf, "p3"), CableStatus.PLANNED));
        List<NewCable> into = List.of(
                NewCable.between("C-0004", CableType.AOC, s.port(server, "ib4"), s.port(leaf, "p4"), CableStatus.PLANNED),
                NewCable.between("c-0005", CableType.AOC, s.port(server, "ib5"), s.port(leaf, "p5"), CableStatus.PLANNED));

        assertThat(s.cables.refusals(around)).isEmpty();
        assertThat(s.cables.refusals(into)).containsOnlyKeys(1);
        assertThatThrownBy(() -> s.cables.connectAll(into)).isInstanceOf(ConflictException.class)
                .hasMessageStartingWith("label: ").hasMessageContaining("C-0005");
        assertThat(s.cables.connectAll(around)).hasSize(2);
    }

    @BothDatabases
    void refusesMismatchedMediaSpeedsConnectorsAndSites(Database db) {
        Setup s = setUp(db);
        Device server = s.f.install(s.f.h100Server(), s.compute, 2, Face.FRONT);
        Device ib = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);
        Device eth = s.f.install(s.f.leafSwitch(), s.network, 22, Face.FRONT);

        assertRefused(s, NewCable.between("X1", CableType.DAC, s.port(server, "ib1"), s.port(eth, "xe1"), CableStatus.PLANNED),
                "bPortIds", "INFINIBAND");
        assertRefused(s, NewCable.between("X2", CableType.DAC, s.port(server, "fe1"), s.port(eth, "hu1"), CableStatus.PLANNED),
                "bPortIds", "speeds differ");
        assertRefused(s, NewCable.between("X3", CableType.CAT6, s.port(server, "ib1"), s.port(ib, "p1"), CableStatus.PLANNED),
                "type", "does not fit");
        assertRefused(s, NewCable.between("X4", CableType.DAC, s.port(server, "ib1"), s.port(ib, "p1"),
                CableStatus.DECOMMISSIONED), "status", "PLANNED or INSTALLED");
        assertRefused(s, new NewCable("X5", CableType.DAC, s.port(server, "ib1"), List.of(s.port(ib, "p1")),
                new BigDecimal("-1"), null, CableStatus.PLANNED), "lengthM", "positive");
        assertRefused(s, NewCable.between("X6", CableType.DAC, s.port(server, "ib1"), 999_999_999L, CableStatus.PLANNED),
                "bPortIds", "no port");

        var other = s.f.sites.createSite(new NewSite("Other IDC", null, "Baotou", "Asia/Shanghai", new BigDecimal("0.3"),
                new BigDecimal("1.3"), LocalDate.of(2025, 1, 1)));
        var row = s.f.sites.createRow(s.f.sites.createRoom(other.getId(), "Hall 9").getId(), "Z", 1);
        Cabinet far = s.f.cabinets.create(new NewCabinet(row.getId(), "Z01", 1, null, null, null));
        Device farSwitch = s.f.install(s.f.model("Quantum-2"), far, 20, Face.FRONT);
        assertRefused(s, NewCable.between("X7", CableType.SMF, s.port(server, "ib1"), s.port(farSwitch, "p1"),
                CableStatus.PLANNED), "bPortIds", "another site");

        Device inStock = s.f.devices.create(s.f.newDevice(s.f.model("Quantum-2"), LifecycleStatus.RECEIVED,
                Location.inStock()), null);
        assertRefused(s, NewCable.between("X8", CableType.DAC, s.port(inStock, "p1"), s.port(ib, "p1"), CableStatus.PLANNED),
                "aPortId", "in stock");
        assertThat(s.list.page(CableFilter.all(), PageRequest.first(10, "label")).total()).isZero();
    }

    @BothDatabases
    void breakoutsSplitAFastPortIntoTwoOrFourOfItsShare(Database db) {
        Setup s = setUp(db);
        Device ib = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);
        Device a800 = s.f.install(s.f.model("UniServer R5500"), s.compute, 2, Face.FRONT);
        Device eth = s.f.install(s.f.leafSwitch(), s.network, 22, Face.FRONT);
        Device eth2 = s.f.install(s.f.leafSwitch(), s.network, 23, Face.FRONT);

        Cable split = s.cables.connect(new NewCable("BO-1", CableType.BREAKOUT, s.port(ib, "p3"),
                List.of(s.port(a800, "ib1"), s.port(a800, "ib2")), null, null, CableStatus.INSTALLED));
        assertThat(split.getLanes()).isEqualTo(2);
        s.cables.connect(new NewCable("BO-2", CableType.BREAKOUT, s.port(eth, "hu1"),
                List.of(s.port(eth2, "xe1"), s.port(eth2, "xe2"), s.port(eth2, "xe3"), s.port(eth2, "xe4")), null, null,
                CableStatus.INSTALLED));

        assertRefused(s, new NewCable("BO-3", CableType.BREAKOUT, s.port(ib, "p4"), List.of(s.port(a800, "ib3"),
                s.port(a800, "ib4"), s.port(eth2, "xe5"), s.port(eth2, "xe6")), null, null, CableStatus.PLANNED), "bPortIds",
                null);
        assertRefused(s, new NewCable("BO-4", CableType.BREAKOUT, s.port(eth, "xe10"), List.of(s.port(eth2, "xe7"),
                s.port(eth2, "xe8")), null, null, CableStatus.PLANNED), "aPortId", "cannot be broken out");
        assertRefused(s, new NewCable("BO-5", CableType.BREAKOUT, s.port(ib, "p5"), List.of(s.port(a800, "ib3")), null,
                null, CableStatus.PLANNED), "bPortIds", "2 or 4");

        Trace trace = s.trace.from(s.port(ib, "p3"));
        assertThat(trace.farEnd().orElseThrow()).extracting(PortRef::port).containsExactly("ib1", "ib2");
        assertThat(s.ports.ofDevice(a800.getId()).get(1).farPort()).isEqualTo("p3");
    }

    @BothDatabases
    void traceCrossesTwoPatchPanelsOverAnMpoTrunkOnTheSameFibrePair(Database db) {
        Setup s = setUp(db);
        Device server = s.f.install(s.f.h100Server(), s.compute, 2, Face.FRONT);
        Device panelNearServers = s.f.install(s.f.model("EDGE patch panel 1U 24x LC"), s.compute, 40, Face.FRONT);
        Device panelNearSwitches = s.f.install(s.f.model("EDGE patch panel 1U 24x LC"), s.network, 40, Face.FRONT);
        Device leaf = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);
        // front9 is the third position of rear2 (six LC positions per MPO-12 rear port)
        s.cables.connectAll(List.of(
                NewCable.between("P-1", CableType.MMF, s.port(server, "ib3"), s.port(panelNearServers, "front9"),
                        CableStatus.INSTALLED),
                NewCable.between("T-1", CableType.MPO_TRUNK, s.port(panelNearServers, "rear2"),
                        s.port(panelNearSwitches, "rear2"), CableStatus.INSTALLED),
                NewCable.between("P-2", CableType.MMF, s.port(panelNearSwitches, "front9"), s.port(leaf, "p5"),
                        CableStatus.INSTALLED),
                NewCable.between("P-3", CableType.MMF, s.port(panelNearSwitches, "front10"), s.port(leaf, "p6"),
                        CableStatus.INSTALLED)));

        Trace out = s.trace.from(s.port(server, "ib3"));
        assertThat(out.hops()).extracting(TraceHop::label).containsExactly("P-1", "T-1", "P-2");
        assertThat(out.farEnd().orElseThrow()).singleElement().satisfies(p -> {
            assertThat(p.deviceId()).isEqualTo(leaf.getId());
            assertThat(p.port()).isEqualTo("p5");
        });
        Trace back = s.trace.from(s.port(leaf, "p5"));
        assertThat(back.farEnd().orElseThrow()).singleElement().extracting(PortRef::port).isEqualTo("ib3");
        assertThat(s.trace.from(s.port(server, "ib4")).hops()).isEmpty();
    }

    @BothDatabases
    void aBatchWithOneBadCableWritesNothingAndNamesIt(Database db) {
        Setup s = setUp(db);
        Device server = s.f.install(s.f.h100Server(), s.compute, 2, Face.FRONT);
        Device leaf = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);

        assertThatThrownBy(() -> s.cables.connectAll(List.of(
                NewCable.between("B-1", CableType.DAC, s.port(server, "ib1"), s.port(leaf, "p1"), CableStatus.PLANNED),
                NewCable.between("B-2", CableType.DAC, s.port(server, "ib2"), s.port(leaf, "p1"), CableStatus.PLANNED))))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("bPortIds: cable B-2: ")
                .hasMessageContaining("two cable ends");
        assertThat(s.list.page(CableFilter.all(), PageRequest.first(10, "label")).total()).isZero();
    }

    @BothDatabases
    void theListFiltersAndPagesAndDecommissioningFreesThePortsWithHistory(Database db) {
        Setup s = setUp(db);
        Device server = s.f.install(s.f.h100Server(), s.compute, 2, Face.FRONT);
        Device other = s.f.install(s.f.h100Server(), s.compute, 10, Face.FRONT);
        Device leaf = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);
        for (int i = 1; i <= 8; i++) {
            s.cables.connect(NewCable.between("SRV1-IB" + i, i <= 4 ? CableType.DAC : CableType.AOC, s.port(server, "ib" + i),
                    s.port(leaf, "p" + i), CableStatus.PLANNED));
            s.cables.connect(NewCable.between("SRV2-IB" + i, CableType.AOC, s.port(other, "ib" + i),
                    s.port(leaf, "p" + (8 + i)), CableStatus.INSTALLED));
        }

        var page = s.list.page(new CableFilter(s.f.site.getId(), null, server.getId(), null, null, null),
                new PageRequest(1, 3, "label", true));
        assertThat(page.total()).isEqualTo(8);
        assertThat(page.items()).extracting(CableSummary::label).containsExactly("SRV1-IB4", "SRV1-IB5", "SRV1-IB6");
        assertThat(page.items().get(0).bDevice()).isEqualTo(leaf.getAssetTag());
        assertThat(s.list.page(new CableFilter(null, s.f.room.getId(), leaf.getId(), CableType.AOC, CableStatus.INSTALLED,
                "srv2"), PageRequest.first(100, "label")).total()).isEqualTo(8);
        assertThat(s.list.page(new CableFilter(null, null, null, CableType.DAC, null, null), PageRequest.first(100, "label"))
                .total()).isEqualTo(4);
        Device uncabled = s.f.install(s.f.leafSwitch(), s.network, 30, Face.FRONT);
        var none = s.list.page(new CableFilter(s.f.site.getId(), null, uncabled.getId(), null, null, null),
                PageRequest.first(10, "label"));
        assertThat(none.total()).isZero();
        assertThat(none.items()).isEmpty();

        CableSummary first = s.list.page(new CableFilter(null, null, null, null, null, "SRV1-IB1"),
                PageRequest.first(1, "label")).items().get(0);
        assertThatThrownBy(() -> s.f.devices.delete(server.getId(), 0)).isInstanceOf(DomainException.class);
        Cable installed = s.cables.changeStatus(first.id(), first.version(), CableStatus.INSTALLED);
        Cable gone = s.cables.changeStatus(installed.getId(), installed.getVersion(), CableStatus.DECOMMISSIONED);
        assertThatThrownBy(() -> s.cables.changeStatus(gone.getId(), gone.getVersion(), CableStatus.PLANNED))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("status: ");
        assertThat(s.ports.ofDevice(server.getId()).get(0).cableId()).isNull();
        s.cables.connect(NewCable.between("SRV1-IB1-NEW", CableType.DAC, s.port(server, "ib1"), s.port(leaf, "p1"),
                CableStatus.PLANNED));
        long revisions = db.read(session -> ((Number) session.createNativeQuery(
                "select count(*) from cable_aud where id = :id", Object.class).setParameter("id", first.id())
                .getSingleResult()).longValue());
        assertThat(revisions).as("added, installed, decommissioned").isEqualTo(3);
    }

    @BothDatabases
    void newCablesAndTheirEndsAreInTheHistoryOfTheirRevisionAsEnversWouldRecordThem(Database db) {
        Setup s = setUp(db);
        Device server = s.f.install(s.f.h100Server(), s.compute, 2, Face.FRONT);
        Device leaf = s.f.install(s.f.model("Quantum-2"), s.network, 20, Face.FRONT);
        Cable cable = Actor.as("installer-7", () -> s.cables.connect(new NewCable("H-1", CableType.AOC, s.port(server, "ib1"),
                List.of(s.port(leaf, "p1")), new BigDecimal("3.00"), "aqua", CableStatus.PLANNED)));
        Cable relabelled = s.cables.relabel(cable.getId(), cable.getVersion(), "H-1b", null, null);

        db.read(session -> {
            AuditReader history = AuditReaderFactory.get(session);
            List<Number> revisions = history.getRevisions(Cable.class, cable.getId());
            assertThat(revisions).hasSize(2);
            Cable added = history.find(Cable.class, cable.getId(), revisions.get(0));
            assertThat(added.getLabel()).isEqualTo("H-1");
            assertThat(added.getLengthM()).isEqualByComparingTo("3.00");
            assertThat(added.getColour()).isEqualTo("aqua");
            assertThat(added.getSite().getId()).isEqualTo(s.f.site.getId());
            assertThat(history.find(Cable.class, cable.getId(), revisions.get(1)).getLabel()).isEqualTo("H-1b");
            assertThat(history.findRevision(Revision.class, revisions.get(0)).getActor()).isEqualTo("installer-7");
            List<?> ends = history.createQuery().forEntitiesAtRevision(CableEnd.class, revisions.get(0))
                    .add(AuditEntity.relatedId("cable").eq(cable.getId())).getResultList();
            assertThat(ends).map(e -> ((CableEnd) e).getSide() + ((CableEnd) e).getLane() + ":" + ((CableEnd) e).getPort().getId())
                    .containsExactlyInAnyOrder("A1:" + s.port(server, "ib1"), "B1:" + s.port(leaf, "p1"));
            return null;
        });
        assertThat(relabelled.getVersion()).isEqualTo(cable.getVersion() + 1);
    }

    @BothDatabases
    void aDeviceWithoutCablesIsDeletedWithItsPorts(Database db) {
        Setup s = setUp(db);
        Device ordered = s.f.devices.create(s.f.newDevice(s.f.h100Server(), LifecycleStatus.ORDERED, Location.inStock()),
                null);
        s.f.devices.delete(ordered.getId(), ordered.getVersion());
        assertThat(s.ports.ofDevice(ordered.getId())).isEmpty();
    }

    private static void assertRefused(Setup s, NewCable cable, String field, String text) {
        assertThatThrownBy(() -> s.cables.connect(cable)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field))
                .satisfies(e -> {
                    if (text != null) {
                        assertThat(e.getMessage()).contains(text);
                    }
                });
    }
}
