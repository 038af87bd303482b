package io.dcim.inventory.cable;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.util.List;

class CablingCheckTest {

    private static final Caller OPS = Caller.of("ops", Permission.READ, Permission.CABLE_EDIT);

    /**
     * A server cabinet (A02) and a network cabinet (A01) joined through a patch panel in each, LC at the front and
     * MPO at the rear, with a server and a leaf switch: the path the panel tests trace and check.
     */
    private record Patched(CableFacade cabling, Device server, Device nearServers, Device nearSwitches, Device leaf) {

        Patched(Database db, InventoryFixture f) {
            this(f, new CableFacade(db, new CableService(db)), f.cabinet("A02"), f.cabinet("A01"));
        }

        private Patched(InventoryFixture f, CableFacade cabling, Cabinet compute, Cabinet network) {
            this(cabling, f.install(f.h100Server(), compute, 2, Face.FRONT),
                    f.install(f.model("EDGE patch panel 1U 24x LC"), compute, 40, Face.FRONT),
                    f.install(f.model("EDGE patch panel 1U 24x LC"), network, 40, Face.FRONT),
                    f.install(f.model("Quantum-2"), network, 20, Face.FRONT));
        }
    }

    @BothDatabases
    void findsASwappedPairAMissingLinkAWrongRailAndAnUnexpectedLink(Database db, InventoryFixture f) {
        CableFacade cabling = new CableFacade(db, new CableService(db));
        Cabinet network = f.cabinet("A01");
        Device leaf = f.install(f.model("Quantum-2"), network, 20, Face.FRONT);
        Device spine = f.install(f.model("Quantum-2"), network, 21, Face.FRONT);
        Device s1 = f.install(f.h100Server(), f.cabinet("A02"), 2, Face.FRONT);
        Device s2 = f.install(f.h100Server(), f.cabinet("A03"), 2, Face.FRONT);
        Device s3 = f.install(f.h100Server(), f.cabinet("A04"), 2, Face.FRONT);
        f.cable("L-1", CableType.AOC, s1, "ib1", leaf, "p1");
        f.cable("L-2", CableType.AOC, s2, "ib1", leaf, "p2");
        f.cable("L-3", CableType.AOC, s3, "ib1", leaf, "p3");
        f.cable("U-1", CableType.AOC, leaf, "p64", spine, "p1");
        cabling.connect(OPS, NewCable.between("PLANNED-1", CableType.AOC, f.port(s3, "ib2"), f.port(leaf, "p5"),
                CableStatus.PLANNED));
        String l = leaf.getAssetTag();
        String sp = spine.getAssetTag();

        CablingReport report = cabling.check(OPS, f.site.getId(), List.of(l, sp.toLowerCase()), List.of(
                new SeenLink(l, "p1", s2.getAssetTag(), "ib1"),        // the pair on p1 and p2 is swapped
                new SeenLink(l, "P2", s1.getAssetTag(), "IB1"),
                new SeenLink(l, "p4", s3.getAssetTag(), "ib2"),        // nothing recorded on p4
                new SeenLink(l, "p64", sp, "p2"),                      // the uplink went into the wrong port
                new SeenLink(sp, "p1", l, "p64")));                    // p3's link is not seen at all

        assertThat(report.counts()).containsEntry(CheckOutcome.OK, 1L).containsEntry(CheckOutcome.MISWIRED, 3L)
                .containsEntry(CheckOutcome.MISSING, 1L).containsEntry(CheckOutcome.UNEXPECTED, 1L);
        assertThat(report.findings()).extracting(c -> c.outcome() + " " + c.port() + " " + c.cableLabel() + " "
                + c.expectedPort() + " " + c.seenPort()).containsExactly(
                "MISSING p3 L-3 ib1 null",
                "MISWIRED p1 L-1 ib1 ib1",
                "MISWIRED p2 L-2 ib1 IB1",
                "MISWIRED p64 U-1 p1 p2",
                "UNEXPECTED p4 null null ib2");
        assertThat(report.findings().get(1).expectedDevice()).isEqualTo(s1.getAssetTag());
        assertThat(report.findings().get(1).seenDevice()).isEqualTo(s2.getAssetTag());
    }

    @BothDatabases
    void aPathThroughTwoPatchPanelsIsCheckedAgainstItsFarEndLikeADirectCable(Database db, InventoryFixture f) {
        Patched hall = new Patched(db, f);
        Device s1 = hall.server();
        Device s2 = f.install(f.h100Server(), f.cabinet("A03"), 2, Face.FRONT);
        Device s3 = f.install(f.h100Server(), f.cabinet("A04"), 2, Face.FRONT);
        // six LC positions per MPO-12 rear port: front7..front12 sit behind rear2 on positions 1..6
        for (int i = 1; i <= 3; i++) {
            Device server = List.of(s1, s2, s3).get(i - 1);
            f.cable("S-" + i, CableType.MMF, server, "ib1", hall.nearServers(), "front" + (6 + i));
        }
        f.cable("T-1", CableType.MPO_TRUNK, hall.nearServers(), "rear2", hall.nearSwitches(), "rear2");
        f.cable("L-1", CableType.MMF, hall.nearSwitches(), "front7", hall.leaf(), "p1");
        f.cable("L-2", CableType.MMF, hall.nearSwitches(), "front8", hall.leaf(), "p2");
        f.cable("L-4", CableType.MMF, hall.nearSwitches(), "front11", hall.leaf(), "p4");    // nothing patched on front11 near the servers
        String l = hall.leaf().getAssetTag();

        CablingReport report = hall.cabling().check(OPS, f.site.getId(), List.of(l), List.of(
                new SeenLink(l, "p1", s1.getAssetTag(), "ib1"),        // through both panels, as recorded
                new SeenLink(l, "p2", s3.getAssetTag(), "ib1")));      // the path ends at s2, but p2 hears s3

        assertThat(report.counts()).containsEntry(CheckOutcome.OK, 1L).containsEntry(CheckOutcome.MISWIRED, 1L)
                .containsEntry(CheckOutcome.MISSING, 1L).containsEntry(CheckOutcome.UNEXPECTED, 0L);
        assertThat(report.findings()).extracting(c -> c.outcome() + " " + c.port() + " " + c.cableLabel() + " "
                + c.expectedDevice() + " " + c.expectedPort() + " " + c.seenDevice()).containsExactly(
                "MISSING p4 L-4 " + hall.nearServers().getAssetTag() + " front11 null",
                "MISWIRED p2 L-2 " + s2.getAssetTag() + " ib1 " + s3.getAssetTag());
    }

    @BothDatabases
    void aBreakoutIsCheckedLaneByLaneAsTheSwitchSplitsItsPort(Database db, InventoryFixture f) {
        CableFacade cabling = new CableFacade(db, new CableService(db));
        Device leaf = f.install(f.model("Quantum-2"), f.cabinet("A01"), 20, Face.FRONT);
        Device a800 = f.install(f.model("UniServer R5500"), f.cabinet("A02"), 2, Face.FRONT);
        cabling.connect(OPS, new NewCable("BO-1", CableType.BREAKOUT, f.port(leaf, "p3"),
                List.of(f.port(a800, "ib1"), f.port(a800, "ib2")), null, null, CableStatus.INSTALLED));
        String l = leaf.getAssetTag();
        String s = a800.getAssetTag();

        CablingReport report = cabling.check(OPS, f.site.getId(), List.of(l, s), List.of(
                new SeenLink(l, "p3/1", s, "ib1"),                     // lane 1 as recorded, from both sides
                new SeenLink(s, "ib1", l, "p3/1"),
                new SeenLink(s, "ib2", l, "p3/1")));                   // lane 2's server port hears lane 1; p3/2 hears nothing

        assertThat(report.counts()).containsEntry(CheckOutcome.OK, 2L).containsEntry(CheckOutcome.MISWIRED, 1L)
                .containsEntry(CheckOutcome.MISSING, 1L).containsEntry(CheckOutcome.UNEXPECTED, 0L);
        assertThat(report.findings()).extracting(c -> c.outcome() + " " + c.port() + " " + c.cableLabel() + " "
                + c.expectedPort() + " " + c.seenPort()).containsExactly(
                "MISSING p3/2 BO-1 ib2 null",
                "MISWIRED ib2 BO-1 p3/2 p3/1");
    }

    @BothDatabases
    void theBulkTraceEndsEachPathWhereTheSinglePortTraceEnds(Database db, InventoryFixture f) {
        Patched hall = new Patched(db, f);
        f.cable("P-1", CableType.MMF, hall.server(), "ib3", hall.nearServers(), "front9");
        f.cable("T-1", CableType.MPO_TRUNK, hall.nearServers(), "rear2", hall.nearSwitches(), "rear2");
        f.cable("P-2", CableType.MMF, hall.nearSwitches(), "front9", hall.leaf(), "p5");
        f.cable("P-3", CableType.MMF, hall.nearSwitches(), "front10", hall.leaf(), "p6");

        List<CablePaths.Path> paths = new CablePaths(db).installed(f.site.getId());

        PortRef traced = hall.cabling().trace(OPS, f.port(hall.server(), "ib3")).farEnd().orElseThrow().get(0);
        assertThat(paths).filteredOn(p -> p.port().equals("ib3")).singleElement().satisfies(p -> {
            assertThat(p.label()).isEqualTo("P-1");
            assertThat(p.farDevice()).isEqualTo(traced.device());
            assertThat(p.farPort()).isEqualTo(traced.port()).isEqualTo("p5");
            assertThat(p.throughPanel()).isTrue();
            assertThat(p.complete()).isTrue();
        });
        assertThat(paths).filteredOn(p -> p.port().equals("p6")).singleElement().satisfies(p -> {
            assertThat(p.farPort()).isEqualTo("front10");
            assertThat(p.complete()).isFalse();
        });
        assertThat(paths).extracting(CablePaths.Path::port).containsExactlyInAnyOrder("ib3", "p5", "p6");
    }
}
