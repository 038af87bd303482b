package io.dcim.inventory.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cable.Cable;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableQueries;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.PortQueries;
import io.dcim.inventory.cable.PortSummary;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.port.PortKind;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import java.util.List;

class FabricWiringTest {

    /*
     * 4 servers with 2 fabric NICs each on 16-port NDR switches, 1:1: a leaf has 8 down and 8 up,
     * so one unit of (up to) 8 servers with 2 rail leaves; spines = 2 × 8 / 16 = 1.
     * Links: 4 × 2 = 8 server→leaf, 2 × 8 = 16 leaf→spine: 24 planned cables.
     */
    @BothDatabases
    void writesThePlanAsPlannedCablesNicIToTheRailILeaf(Database db, InventoryFixture f) {
        Cabinet servers1 = f.cabinet("A01");
        Cabinet servers2 = f.cabinet("A02");
        Cabinet network = f.cabinet("A03");
        List<Device> servers = List.of(f.install(f.h100Server(), servers1, 2, Face.FRONT),
                f.install(f.h100Server(), servers1, 10, Face.FRONT), f.install(f.h100Server(), servers2, 2, Face.FRONT),
                f.install(f.h100Server(), servers2, 10, Face.FRONT));
        Device leaf1 = f.install(f.model("Quantum-2"), network, 20, Face.FRONT);
        Device leaf2 = f.install(f.model("Quantum-2"), network, 21, Face.FRONT);
        Device spine = f.install(f.model("Quantum-2"), network, 22, Face.FRONT);
        FabricRequest request = new FabricRequest(null, 4, 8, 2, 16, 400, Tiers.TWO, 1, new Placement(2, 16, true, 16));
        FabricDevices chosen = new FabricDevices(servers.stream().map(Device::getId).toList(),
                List.of(leaf1.getId(), leaf2.getId()), List.of(spine.getId()), List.of());
        FabricWiring wiring = new FabricWiring(db, new CableService(db));

        List<Cable> planned = wiring.writePlanned(request, chosen, "PLAN7");

        assertThat(planned).hasSize(24).allMatch(c -> c.getStatus() == CableStatus.PLANNED);
        PortQueries ports = new PortQueries(db);
        for (int s = 0; s < servers.size(); s++) {
            List<PortSummary> nics = ports.ofDevice(servers.get(s).getId()).stream()
                    .filter(p -> p.kind() == PortKind.IB_NDR).toList();
            assertThat(nics.get(0).farDeviceId()).isEqualTo(leaf1.getId());
            assertThat(nics.get(0).farPort()).isEqualTo("p" + (s + 1));
            assertThat(nics.get(1).farDeviceId()).isEqualTo(leaf2.getId());
            assertThat(nics.get(2).cableId()).isNull();
        }
        List<PortSummary> spinePorts = ports.ofDevice(spine.getId());
        assertThat(spinePorts.stream().filter(p -> p.cableId() != null)).hasSize(16);
        assertThat(new CableQueries(db).page(new CableFilter(null, null, spine.getId(), null, CableStatus.PLANNED, "plan7"),
                PageRequest.first(1, "label")).total()).isEqualTo(16);

        assertThatThrownBy(() -> wiring.writePlanned(request, new FabricDevices(chosen.servers(), chosen.leaves(),
                List.of(), List.of()), "PLAN8")).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("spines: ");
    }
}
