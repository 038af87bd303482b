package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.power.PowerFixture;
import io.dcim.power.chain.ChainFacade;
import io.dcim.power.chain.ChainLoader;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.SourceKind;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.profile.Metrics;
import io.dcim.testing.BothDatabases;
import java.time.Duration;
import java.util.List;

/**
 * A01 is fed by a 230 V / 32 A feed on each side: one side carries 0.8 x 32 A x 230 V = 5,888 W, so redundancy is
 * lost above 5,888 W (warning above 100 %, critical above 120 % = 7,065.6 W, clearing 5 points lower). A02 has
 * an A feed only: it has no redundancy to lose and is not watched.
 */
class RedundancyLostAlarmTest {

    private static final Caller OPS = Caller.of("ops-1", Permission.POWER_CONFIGURE, Permission.READ);

    @BothDatabases
    void raisesWhenTheCabinetDrawsMoreThanOneSideCarriesAndClearsOnlyBelowTheHysteresisBand(Fed c) {
        assertThat(draw(c, 2_900, 2_900)).as("5,800 W = 98.5 %").isEmpty();
        AlarmView warning = draw(c, 3_000, 3_000).get(0);
        AlarmView critical = draw(c, 3_600, 3_600).get(0); // 7,200 W = 122.3 %
        AlarmView back = draw(c, 2_850, 2_850).get(0); // 5,700 W = 96.8 %: under 115, inside 95-100
        assertThat(draw(c, 2_820, 2_820)).as("95.8 %: still inside the band").extracting(AlarmView::severity)
                .containsExactly(Severity.WARNING);
        List<AlarmView> cleared = draw(c, 2_790, 2_790); // 5,580 W = 94.8 %

        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.raisedValue()).isEqualTo(101.9);
        assertThat(warning.subjectType()).isEqualTo(SubjectType.CABINET);
        assertThat(warning.cabinetId()).isEqualTo(c.a01.getId());
        assertThat(warning.message()).isEqualTo("Cabinet Hall 1/A01 draws 6.0 kW, 101.9 % of the 5.9 kW one side"
                + " of its feeds can carry (warning above 100 %)");
        assertThat(critical.id()).isEqualTo(warning.id());
        assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(critical.level()).isEqualByComparingTo("120");
        assertThat(back.severity()).isEqualTo(Severity.WARNING);
        assertThat(cleared).isEmpty();
        assertThat(c.f.events).filteredOn(e -> e.alarm().kind() == AlarmKind.REDUNDANCY_LOST)
                .extracting(AlarmEvent::type).containsExactly(AlarmEvent.Type.RAISED, AlarmEvent.Type.ESCALATED,
                        AlarmEvent.Type.DEESCALATED, AlarmEvent.Type.CLEARED);
    }

    @BothDatabases
    void aPartialSumRaisesButNeverClearsAndACabinetFedFromOneSideIsNotWatched(Fed c) {
        TargetView a02 = c.f.pdu(c.a02, Feed.A);
        c.f.read(a02, Metrics.PDU_POWER_W, 9_000);

        List<AlarmView> raised = drawA(c, 6_000); // B silent: 6,000 W at least
        List<AlarmView> kept = drawA(c, 1_000);

        assertThat(raised).extracting(AlarmView::cabinetId).containsExactly(c.a01.getId());
        assertThat(kept).extracting(AlarmView::id).containsExactly(raised.get(0).id());
    }

    @BothDatabases
    void aCabinetsOwnLevelsReplaceTheDefaults(Fed c) {
        c.f.thresholds.setForCabinet(c.a01.getId(), AlarmKind.REDUNDANCY_LOST, ThresholdSpec.of("80", "100", "5"),
                null);

        List<AlarmView> active = draw(c, 2_500, 2_500); // 5,000 W = 84.9 %

        assertThat(active).extracting(AlarmView::severity).containsExactly(Severity.WARNING);
        assertThat(active.get(0).level()).isEqualByComparingTo("80");
    }

    private static List<AlarmView> draw(Fed c, double a, double b) {
        c.f.advance(Duration.ofSeconds(30));
        c.f.read(c.pduA, Metrics.PDU_POWER_W, a);
        c.f.read(c.pduB, Metrics.PDU_POWER_W, b);
        return evaluate(c);
    }

    private static List<AlarmView> drawA(Fed c, double a) {
        c.f.advance(Duration.ofSeconds(30));
        c.f.read(c.pduA, Metrics.PDU_POWER_W, a);
        return evaluate(c);
    }

    private static List<AlarmView> evaluate(Fed c) {
        c.f.alarms.evaluate(c.f.now());
        return c.f.alarms.active().stream().filter(x -> x.kind() == AlarmKind.REDUNDANCY_LOST).toList();
    }

    private static final class Fed {
        final PowerFixture f;
        final Cabinet a01;
        final Cabinet a02;
        final TargetView pduA;
        final TargetView pduB;

        Fed(Database db) {
            f = new PowerFixture(db);
            ChainFacade chain = new ChainFacade(db, new ChainLoader(db, f.loads));
            a01 = f.base.cabinet;
            a02 = f.cabinet("A02");
            pduA = f.pdu(a01, Feed.A, 32);
            pduB = f.pdu(a01, Feed.B, 32);
            long upsA = chain.addSource(OPS, new NewSource(f.siteId, "UPS-A", SourceKind.UPS, 450_000)).id();
            long upsB = chain.addSource(OPS, new NewSource(f.siteId, "UPS-B", SourceKind.UPS, 450_000)).id();
            long panelA = chain.addPanel(OPS, new NewPanel(upsA, "PP-A", 3, 400, 400)).id();
            long panelB = chain.addPanel(OPS, new NewPanel(upsB, "PP-B", 3, 400, 400)).id();
            chain.addFeed(OPS, new NewFeed(panelA, a01.getId(), "A01-A", Feed.A, 1, 230, 32, pduA.id()));
            chain.addFeed(OPS, new NewFeed(panelB, a01.getId(), "A01-B", Feed.B, 1, 230, 32, pduB.id()));
            chain.addFeed(OPS, new NewFeed(panelA, a02.getId(), "A02-A", Feed.A, 1, 230, 32, null));
        }
    }
}
