package io.dcim.inventory.cable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-written ibnetdiscover output of a small rail-optimised fabric (two leaves, one spine, four 8-GPU servers
 * of which the first two rails are cabled) with gpu-001 and gpu-002 swapped on leaf-1 and gpu-004's rail-2 link
 * not up: the file's switches report their ports, and the check finds exactly those faults.
 */
class IbNetDiscoverTest {

    private static final Caller OPS = Caller.of("ops", Permission.READ, Permission.CABLE_EDIT);

    @Test
    void theSwitchBlocksPortsBecomeLinksWithHcasNamedAsTheServersNicPorts() throws IOException {
        IbNetDiscover.Fabric fabric = IbNetDiscover.parse(file(), IbNetDiscover.Naming.DEFAULT);

        assertThat(fabric.switches()).containsExactly("leaf-1", "leaf-2", "spine-1");
        assertThat(fabric.links()).hasSize(11).contains(
                new SeenLink("leaf-1", "p2", "gpu-001", "ib1"),
                new SeenLink("leaf-2", "p3", "gpu-003", "ib2"),
                new SeenLink("leaf-1", "p33", "spine-1", "p1"),
                new SeenLink("spine-1", "p2", "leaf-2", "p33"));
        assertThat(IbNetDiscover.parse(file(), new IbNetDiscover.Naming("port", "nic", 0)).links())
                .contains(new SeenLink("leaf-1", "port2", "gpu-001", "nic0"));
    }

    @Test
    void aFileWithoutSwitchesOrWithABrokenPortLineIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> IbNetDiscover.parse("hello\nworld\n", IbNetDiscover.Naming.DEFAULT))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("file: ");
        assertThatThrownBy(() -> IbNetDiscover.parse("Switch 64 \"S-1\" # \"leaf-1\" enhanced port 0 lid 3 lmc 0\n[1] ??\n",
                IbNetDiscover.Naming.DEFAULT)).isInstanceOf(InvalidValueException.class).hasMessageContaining("line 2");
    }

    @BothDatabases
    void theCheckOfTheUploadedFabricFindsTheSwappedPairAndTheMissingLink(Database db,
            InventoryFixture f) throws IOException {
        Cabinet network = f.cabinet("N01");
        Device leaf1 = named(f, f.model("Quantum-2"), network, 20, "leaf-1");
        Device leaf2 = named(f, f.model("Quantum-2"), network, 22, "leaf-2");
        Device spine = named(f, f.model("Quantum-2"), network, 24, "spine-1");
        for (int i = 1; i <= 4; i++) {
            Device server = named(f, f.h100Server(), f.cabinet("C0" + i), 2, "gpu-00" + i);
            f.cable("R1-" + i, CableType.AOC, server, "ib1", leaf1, "p" + i);
            f.cable("R2-" + i, CableType.AOC, server, "ib2", leaf2, "p" + i);
        }
        f.cable("U-1", CableType.AOC, leaf1, "p33", spine, "p1");
        f.cable("U-2", CableType.AOC, leaf2, "p33", spine, "p2");
        CheckFacade checks = new CheckFacade(db);

        CablingReport report = checks.recordIbNetDiscover(OPS, f.site.getId(), file(), IbNetDiscover.Naming.DEFAULT);

        assertThat(report.counts()).containsEntry(CheckOutcome.OK, 9L).containsEntry(CheckOutcome.MISWIRED, 2L)
                .containsEntry(CheckOutcome.MISSING, 1L).containsEntry(CheckOutcome.UNEXPECTED, 0L);
        assertThat(checks.workList(OPS, f.site.getId())).extracting(c -> c.outcome() + " " + c.device() + " " + c.port()
                + " " + c.cableLabel() + " " + c.seenDevice()).containsExactly(
                "MISSING leaf-2 p4 R2-4 null",
                "MISWIRED leaf-1 p1 R1-1 gpu-002",
                "MISWIRED leaf-1 p2 R1-2 gpu-001");
        assertThat(checks.last(OPS, f.site.getId()).orElseThrow().source()).isEqualTo(CheckSource.IBNETDISCOVER);
        assertThatThrownBy(() -> checks.recordIbNetDiscover(Caller.of("analyst", Permission.READ), f.site.getId(), file(),
                IbNetDiscover.Naming.DEFAULT)).hasMessageContaining("cable.edit");
    }

    private static Device named(InventoryFixture f, DeviceModel model, Cabinet cabinet, int u, String name) {
        NewDevice device = f.newDevice(model, LifecycleStatus.INSTALLED, Location.inCabinet(cabinet.getId(), u, Face.FRONT));
        return f.devices.create(new NewDevice(device.assetTag(), device.serial(), name, model.getId(), device.status(),
                device.location(), null, null), null);
    }

    private static String file() throws IOException {
        try (InputStream in = IbNetDiscoverTest.class.getResourceAsStream("small-fabric.ibnetdiscover")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
