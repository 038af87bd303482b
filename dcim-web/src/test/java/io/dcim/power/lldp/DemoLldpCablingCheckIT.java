package io.dcim.power.lldp;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.CableLinks;
import io.dcim.inventory.cable.CablingReport;
import io.dcim.inventory.cable.CheckFinding;
import io.dcim.inventory.cable.CheckOutcome;
import io.dcim.inventory.cable.RecordedLink;
import io.dcim.inventory.cable.SeenLink;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.demo.DemoLldp;
import io.dcim.power.snmp.PollResult;
import io.dcim.power.snmp.PollTarget;
import io.dcim.power.snmp.PollerConfig;
import io.dcim.power.snmp.SnmpCredentials;
import io.dcim.power.snmp.SnmpPoller;
import io.dcim.power.snmp.simulator.SnmpSimulator;
import io.dcim.testing.BothDatabases;
import io.dcim.web.WebTesting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The demo's switches play their LLDP-MIB neighbour tables from the recorded cabling (across its patch panels end to
 * end), with three faults
 * made on purpose; the SNMP poller walks them and the cabling check finds exactly those faults.
 */
class DemoLldpCablingCheckIT {

    @BothDatabases
    void theCheckFindsTheSimulatedSwitchesDeliberateFaultsOverLldp(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        long site = services.sites().sites().get(0).getId();
        List<RecordedLink> links = new CableLinks(db).installed(site);
        DemoLldp.Tables tables = DemoLldp.of(links);

        List<SeenLink> seen = new ArrayList<>();
        try (SnmpSimulator simulator = SnmpSimulator.start(tables.devices(), List.of());
                SnmpPoller poller = new SnmpPoller(PollerConfig.defaults())) {
            for (String device : tables.bySwitch().keySet()) {
                PollResult walked = poller.poll(new PollTarget(device, simulator.address(), SnmpCredentials.v2c(device),
                        Duration.ofSeconds(2), 1, List.of(), LldpMib.columns())).get(30, TimeUnit.SECONDS);
                assertThat(walked.outcome()).as(walked.detail()).isEqualTo(PollOutcome.OK);
                seen.addAll(LldpMib.seen(device, walked.values()));
            }
        }
        CablingReport report = services.cabling().cables().check(Caller.system("test"), site, tables.bySwitch().keySet(),
                seen);

        // the leaf-spine links through the network rows' patch panels are heard end to end, and read OK
        assertThat(links).filteredOn(RecordedLink::throughPanel).isNotEmpty();
        long switchEnds = links.stream().mapToLong(l ->
                (l.aKind() == DeviceKind.NETWORK_SWITCH ? 1 : 0) + (l.bKind() == DeviceKind.NETWORK_SWITCH ? 1 : 0)).sum();
        assertThat(switchEnds).isGreaterThan(100);
        assertThat(report.counts()).containsEntry(CheckOutcome.MISWIRED, 3L).containsEntry(CheckOutcome.MISSING, 1L)
                .containsEntry(CheckOutcome.UNEXPECTED, 0L).containsEntry(CheckOutcome.OK, switchEnds - 4);
        assertThat(report.findings()).filteredOn(f -> f.outcome() == CheckOutcome.MISSING).extracting(CheckFinding::cableLabel)
                .containsExactly(tables.faults().missing());
        List<String> swappedOrWrong = new ArrayList<>(tables.faults().swapped());
        swappedOrWrong.add(tables.faults().wrongRail());
        assertThat(report.findings()).filteredOn(f -> f.outcome() == CheckOutcome.MISWIRED)
                .extracting(CheckFinding::cableLabel).containsExactlyInAnyOrderElementsOf(swappedOrWrong);
        CheckFinding wrongRail = report.findings().stream().filter(f -> tables.faults().wrongRail().equals(f.cableLabel()))
                .findFirst().orElseThrow();
        assertThat(wrongRail.seenDevice()).isEqualTo(wrongRail.expectedDevice());
        assertThat(wrongRail.seenPort()).isNotEqualTo(wrongRail.expectedPort());
        List<String> patched = links.stream().filter(RecordedLink::throughPanel).map(RecordedLink::label).toList();
        assertThat(report.findings()).as("no fault on a path through the panels")
                .noneMatch(f -> patched.contains(f.cableLabel()));
    }
}
