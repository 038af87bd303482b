package io.dcim.power.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.power.demo.DemoInventory.CabinetInfo;
import io.dcim.power.demo.DemoInventory.GpuServer;
import io.dcim.power.demo.DemoInventory.Monitored;
import io.dcim.power.demo.DemoInventory.RowInfo;
import io.dcim.power.demo.DemoInventory.SiteInfo;
import io.dcim.power.demo.DemoModel.Outlet;
import io.dcim.power.profile.Metrics;
import io.dcim.power.snmp.simulator.MetricSignal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulator's PDUs meter outlets consistently with each device's draw: one cabinet of 20 kW typical with a
 * 4+4 GPU server and a 1+1 switch plugged into outlets 1-5 of its A and B PDUs, and 11 kW of devices the chain does
 * not list.
 */
class DemoModelOutletsTest {

    private static final long CABINET = 1;
    private static final long PDU_A = 11;
    private static final long PDU_B = 12;
    private static final long SERVER = 100;
    private static final long SWITCH = 200;
    private static final Instant AT = Instant.parse("2026-12-07T07:00:00Z");

    private final DemoInventory inventory = new DemoInventory(new SiteInfo(1, ZoneId.of("Asia/Shanghai"),
            new BigDecimal("1.3")),
            List.of(new Monitored(PDU_A, "PDU-A", DeviceKind.PDU, "AP8886", CABINET, 5),
                    new Monitored(PDU_B, "PDU-B", DeviceKind.PDU, "AP8886", CABINET, 5)),
            List.of(new CabinetInfo(CABINET, "A01", 5, 7, 20_000, 25_000)), List.of(new RowInfo(7, 5, 1)),
            List.of(new GpuServer(SERVER, "GPU-1", CABINET, 8_700, 10_200, 8, 8, LifecycleStatus.IN_SERVICE)));

    @Test
    void eachOutletCarriesItsDevicesShareAndTheOutletsAddUpToThePhasesAndThePdu() {
        DemoModel model = new DemoModel(inventory, Map.of(PDU_A, outlets(), PDU_B, outlets()));
        MetricSignal a = model.signal(inventory.devices().get(0));
        MetricSignal b = model.signal(inventory.devices().get(1));

        double server = model.serverWatts(SERVER, AT);
        double pduA = a.value(Metrics.PDU_POWER_W, "", AT);
        double pduB = b.value(Metrics.PDU_POWER_W, "", AT);
        for (int outlet = 1; outlet <= 4; outlet++) {
            assertThat(a.value(Metrics.PDU_OUTLET_POWER_W, String.valueOf(outlet), AT))
                    .as("a 4+4 server's supply carries an eighth of it").isCloseTo(server / 8, within(1e-6));
        }
        double cabinet = model.roomWatts(5, AT);
        assertThat(pduA + pduB).as("the PDUs read the cabinet's whole draw").isCloseTo(cabinet, within(1e-6));
        // The moment's factor (daily pattern, noise) is the cabinet's draw over its mean, the PDUs' means together.
        double factor = cabinet / (model.meanWatts(inventory.devices().get(0), Metrics.PDU_POWER_W)
                + model.meanWatts(inventory.devices().get(1), Metrics.PDU_POWER_W));
        double switchShare = a.value(Metrics.PDU_OUTLET_POWER_W, "5", AT);
        assertThat(switchShare).as("the switch's 300 W over its two supplies").isCloseTo(150 * factor, within(1e-6));
        // Outlet n on phase ((n - 1) mod 3) + 1; what no outlet accounts for is spread evenly over the phases.
        double phases = 0;
        for (int phase = 1; phase <= 3; phase++) {
            phases += a.value(Metrics.PDU_PHASE_POWER_W, String.valueOf(phase), AT);
            assertThat(a.value(Metrics.PDU_PHASE_CURRENT_A, String.valueOf(phase), AT) * 230)
                    .isCloseTo(a.value(Metrics.PDU_PHASE_POWER_W, String.valueOf(phase), AT), within(1e-6));
        }
        assertThat(phases).isCloseTo(pduA, within(1e-6));
        double outlets = 4 * server / 8 + switchShare;
        double unlisted = (cabinet - 2 * outlets) / 2;
        assertThat(pduA).isCloseTo(outlets + unlisted, within(1e-6));
        assertThat(a.value(Metrics.PDU_PHASE_POWER_W, "1", AT) - a.value(Metrics.PDU_PHASE_POWER_W, "3", AT))
                .as("phase 1 has outlets 1 and 4, phase 3 only outlet 3").isCloseTo(server / 8, within(1e-6));
        assertThat(model.outlets(PDU_A, CABINET)).isEqualTo(5);
    }

    @Test
    void withoutOutletsRecordedThePdusSplitTheCabinetEvenly() {
        DemoModel model = new DemoModel(inventory);
        MetricSignal a = model.signal(inventory.devices().get(0));

        assertThat(a.value(Metrics.PDU_POWER_W, "", AT)).isCloseTo(model.roomWatts(5, AT) / 2, within(1e-6));
        assertThat(a.value(Metrics.PDU_PHASE_POWER_W, "2", AT))
                .isCloseTo(model.roomWatts(5, AT) / 6, within(1e-6));
        assertThat(model.outlets(PDU_A, CABINET)).isZero();
    }

    private static List<Outlet> outlets() {
        List<Outlet> out = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            out.add(new Outlet(n, SERVER, 8, 8_700));
        }
        out.add(new Outlet(5, SWITCH, 2, 300));
        return out;
    }
}
