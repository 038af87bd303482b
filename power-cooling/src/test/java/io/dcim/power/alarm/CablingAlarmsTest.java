package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.inventory.cable.CablingReport;
import io.dcim.inventory.cable.CheckFinding;
import io.dcim.inventory.cable.CheckOutcome;
import io.dcim.power.PowerFixture;
import io.dcim.testing.BothDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cabling check's findings raise alarms on their ports, which later checks escalate or clear. */
class CablingAlarmsTest {

    private static CheckFinding miswired(long portId, String port) {
        return new CheckFinding(CheckOutcome.MISWIRED, "leaf-1", port, portId, "L-" + portId, "gpu-001", "ib1", "gpu-002",
                "ib1", portId);
    }

    private static CheckFinding missing(long portId, String port) {
        return new CheckFinding(CheckOutcome.MISSING, "leaf-1", port, portId, "L-" + portId, "gpu-003", "ib1", null, null,
                portId);
    }

    private static CablingReport report(PowerFixture f, Set<Long> checked, CheckFinding... findings) {
        return new CablingReport(f.siteId, Map.of(), List.of(findings), checked);
    }

    private static List<AlarmView> cabling(PowerFixture f) {
        return f.alarms.active().stream().filter(a -> a.kind() == AlarmKind.CABLE_FAULT).toList();
    }

    @BothDatabases
    void aMiswireIsCriticalAMissingLinkAWarningAndAnOkCheckClearsOnlyThePortsItRead(PowerFixture f) {
        f.alarms.applyCablingCheck(f.siteId, report(f, Set.of(101L, 102L, 103L), miswired(101, "p1"), missing(102, "p2")),
                f.now());

        assertThat(cabling(f)).extracting(a -> a.subjectType() + " " + a.subjectId() + " " + a.subjectName() + " "
                + a.severity()).containsExactlyInAnyOrder("PORT 101 leaf-1 p1 CRITICAL", "PORT 102 leaf-1 p2 WARNING");
        AlarmView miswire = cabling(f).stream().filter(a -> a.subjectId() == 101).findFirst().orElseThrow();
        assertThat(miswire.messageKey()).isEqualTo("power.alarm.text.cableMiswired");
        assertThat(miswire.messageArgs()).contains("L-101", "gpu-002");

        f.advance(Duration.ofSeconds(30));
        f.alarms.evaluate(f.now());
        assertThat(cabling(f)).as("the sweep leaves the check's alarms alone").hasSize(2);

        // p1 now reads as recorded; p2's switch did not answer, so p2 was not compared
        f.advance(Duration.ofMinutes(5));
        EvaluationReport cleared = f.alarms.applyCablingCheck(f.siteId, report(f, Set.of(101L, 103L)), f.now());
        assertThat(cleared.cleared()).isEqualTo(1);
        assertThat(cabling(f)).extracting(AlarmView::subjectId).containsExactly(102L);

        f.advance(Duration.ofMinutes(5));
        f.alarms.applyCablingCheck(f.siteId, report(f, Set.of(101L, 102L, 103L), miswired(102, "p2")), f.now());
        assertThat(cabling(f)).singleElement().extracting(AlarmView::severity).isEqualTo(Severity.CRITICAL);
        assertThat(f.events).extracting(AlarmEvent::type).containsExactly(AlarmEvent.Type.RAISED, AlarmEvent.Type.RAISED,
                AlarmEvent.Type.CLEARED, AlarmEvent.Type.ESCALATED);
    }
}
