package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.power.PowerFixture;
import io.dcim.power.profile.Metrics;
import io.dcim.power.collect.Collected;
import io.dcim.power.collect.PollOutcome;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.testing.BothDatabases;
import java.util.Locale;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

class AlarmServiceTest {

    /** Sets the cabinet's draw to {@code pct} % of its 20 kW (one PDU) and evaluates, 30 s later each time. */
    private static EvaluationReport drawAndEvaluate(PowerFixture f, TargetView pdu, double pct) {
        f.advance(Duration.ofSeconds(30));
        f.read(pdu, Metrics.PDU_POWER_W, 20_000 * pct / 100);
        return f.alarms.evaluate(f.now());
    }

    private static List<AlarmView> active(PowerFixture f, AlarmKind kind) {
        return f.alarms.active().stream().filter(a -> a.kind() == kind).toList();
    }

    @BothDatabases
    void raisesAWarningAbove80PercentOfContractAndEscalatesTheSameAlarmAbove95(PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);

        drawAndEvaluate(f, pdu, 80.0);
        assertThat(active(f, AlarmKind.CABINET_POWER)).as("80 % is not above 80 %").isEmpty();
        EvaluationReport raise = drawAndEvaluate(f, pdu, 81.0);
        AlarmView warning = active(f, AlarmKind.CABINET_POWER).get(0);
        EvaluationReport escalate = drawAndEvaluate(f, pdu, 96.0);
        AlarmView critical = active(f, AlarmKind.CABINET_POWER).get(0);

        assertThat(raise.raised()).isEqualTo(1);
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.subjectType()).isEqualTo(SubjectType.CABINET);
        assertThat(warning.cabinetId()).isEqualTo(f.base.cabinet.getId());
        assertThat(warning.raisedValue()).isEqualTo(81.0);
        assertThat(warning.level()).isEqualByComparingTo("80");
        assertThat(warning.message()).isEqualTo(
                "Cabinet Hall 1/A01 draws 16.2 kW, 81.0 % of its contracted 20.0 kW (warning above 80 %)");
        assertThat(escalate.escalated()).isEqualTo(1);
        assertThat(critical.id()).as("one active alarm per cabinet and kind").isEqualTo(warning.id());
        assertThat(critical.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(critical.level()).isEqualByComparingTo("95");
        assertThat(critical.raisedAt()).isEqualTo(warning.raisedAt());
        assertThat(f.events).extracting(AlarmEvent::type).containsExactly(AlarmEvent.Type.RAISED,
                AlarmEvent.Type.ESCALATED);
    }

    @BothDatabases
    void doesNotFlapInsideTheHysteresisBandAndClearsFivePointsBelowTheLevel(PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);

        drawAndEvaluate(f, pdu, 82.0);
        long id = active(f, AlarmKind.CABINET_POWER).get(0).id();
        for (double pct : new double[] {79.0, 80.5, 76.0, 75.1, 81.0, 75.5}) {
            EvaluationReport r = drawAndEvaluate(f, pdu, pct);
            assertThat(r.raised() + r.cleared()).as("at %s %%", pct).isZero();
            assertThat(active(f, AlarmKind.CABINET_POWER)).extracting(AlarmView::id).as("at %s %%", pct)
                    .containsExactly(id);
        }
        EvaluationReport clear = drawAndEvaluate(f, pdu, 75.0);
        drawAndEvaluate(f, pdu, 79.0);
        AlarmView cleared = f.alarms.find(id);

        assertThat(clear.cleared()).isEqualTo(1);
        assertThat(cleared.state()).isEqualTo(AlarmState.CLEARED);
        assertThat(cleared.clearedValue()).isEqualTo(75.0);
        assertThat(cleared.clearReason()).isEqualTo("back to 75 % or less");
        assertThat(active(f, AlarmKind.CABINET_POWER)).as("79 % does not raise again").isEmpty();
        drawAndEvaluate(f, pdu, 80.5);
        assertThat(active(f, AlarmKind.CABINET_POWER)).singleElement().extracting(AlarmView::id).isNotEqualTo(id);
        assertThat(f.alarms.list(AlarmFilter.all().withCabinet(f.base.cabinet.getId()), PageRequest.first(10, null))
                .items()).as("history keeps the cleared alarm").hasSize(2);
    }

    @BothDatabases
    void aCriticalAlarmFallsBackToWarningOnlyFivePointsBelow95(PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);

        drawAndEvaluate(f, pdu, 97.0);
        drawAndEvaluate(f, pdu, 90.5);
        Severity held = active(f, AlarmKind.CABINET_POWER).get(0).severity();
        EvaluationReport fall = drawAndEvaluate(f, pdu, 89.0);

        assertThat(held).isEqualTo(Severity.CRITICAL);
        assertThat(fall.deescalated()).isEqualTo(1);
        assertThat(active(f, AlarmKind.CABINET_POWER).get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(active(f, AlarmKind.CABINET_POWER).get(0).level()).isEqualByComparingTo("80");
    }

    @BothDatabases
    void aPartialSumMayRaiseButNeverClear(PowerFixture f) {
        TargetView a = f.pdu(f.base.cabinet, Feed.A);
        TargetView b = f.pdu(f.base.cabinet, Feed.B);
        f.read(a, Metrics.PDU_POWER_W, 9_000);
        f.read(b, Metrics.PDU_POWER_W, 8_000);
        f.alarms.evaluate(f.now());

        f.advance(Duration.ofMinutes(2)); // B's reading is stale now, A reports 45 %
        f.read(a, Metrics.PDU_POWER_W, 9_000);
        EvaluationReport partial = f.alarms.evaluate(f.now());

        assertThat(partial.cleared()).isZero();
        assertThat(active(f, AlarmKind.CABINET_POWER)).singleElement().extracting(AlarmView::severity)
                .isEqualTo(Severity.WARNING);
    }

    @BothDatabases
    void acknowledgingRecordsWhoWhenAndTheCommentOnceAndARiseAsksAgain(Database db, PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);
        drawAndEvaluate(f, pdu, 85.0);
        AlarmView alarm = active(f, AlarmKind.CABINET_POWER).get(0);

        assertThatThrownBy(() -> f.alarms.acknowledge(alarm.id(), alarm.version(), "  "))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("comment:");
        AlarmView acked = Actor.as("alice", () -> f.alarms.acknowledge(alarm.id(), alarm.version(),
                "Moving job 4411 to A07"));
        assertThatThrownBy(() -> f.alarms.acknowledge(alarm.id(), acked.version(), "again"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already acknowledged by alice");
        assertThatThrownBy(() -> f.alarms.acknowledge(alarm.id(), alarm.version(), "stale"))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("version:");
        drawAndEvaluate(f, pdu, 97.0);
        AlarmView risen = f.alarms.find(alarm.id());

        assertThat(acked.ackedBy()).isEqualTo("alice");
        assertThat(acked.ackedAt()).isEqualTo(f.now().minusSeconds(30));
        assertThat(acked.ackComment()).isEqualTo("Moving job 4411 to A07");
        assertThat(acked.state()).isEqualTo(AlarmState.ACTIVE);
        assertThat(risen.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(risen.acknowledged()).as("a rise to critical needs a new acknowledgement").isFalse();
        assertThat(f.events).extracting(AlarmEvent::type).contains(AlarmEvent.Type.ACKNOWLEDGED);
        Long auditRows = db.read(s -> s.createNativeQuery("select count(*) from power_alarm_aud where id = :id",
                Long.class).setParameter("id", alarm.id()).getSingleResult());
        assertThat(auditRows).as("raise, acknowledgement, escalation").isEqualTo(3);
    }

    @BothDatabases
    void aTargetIsUnreachableAfterThreeMissedPollsInARowAndClearsAtItsNextAnswer(PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);

        poll(f, pdu, PollOutcome.TIMEOUT);
        poll(f, pdu, PollOutcome.TIMEOUT);
        assertThat(f.alarms.evaluate(f.now()).raised()).isZero();
        poll(f, pdu, PollOutcome.BACKED_OFF); // rested by the poller: not a poll, not counted
        poll(f, pdu, PollOutcome.TIMEOUT);
        f.alarms.evaluate(f.now());
        AlarmView unreachable = active(f, AlarmKind.TARGET_UNREACHABLE).get(0);
        poll(f, pdu, PollOutcome.OK);
        EvaluationReport answered = f.alarms.evaluate(f.now());

        assertThat(unreachable.subjectType()).isEqualTo(SubjectType.TARGET);
        assertThat(unreachable.targetId()).isEqualTo(pdu.id());
        assertThat(unreachable.severity()).isEqualTo(Severity.WARNING);
        assertThat(unreachable.message()).startsWith("Target pdu-A01-A missed 3 polls in a row, last TIMEOUT");
        assertThat(answered.cleared()).isEqualTo(1);
        assertThat(f.alarms.find(unreachable.id()).clearReason()).isEqualTo("back below 3 polls");
    }

    @BothDatabases
    void cabinetOverridesBeatSiteOverridesWhichBeatTheDefaults(PowerFixture f) {
        Cabinet a01 = f.base.cabinet;
        Cabinet a02 = f.cabinet("A02");
        Cabinet a03 = f.cabinet("A03");
        f.thresholds.setForSite(f.siteId, AlarmKind.CABINET_POWER, ThresholdSpec.of("70", null, null), null);
        ThresholdView lenient = f.thresholds.setForCabinet(a01.getId(), AlarmKind.CABINET_POWER,
                ThresholdSpec.of("90", "98", "2"), null);
        TargetView p1 = f.pdu(a01, Feed.A);
        TargetView p2 = f.pdu(a02, Feed.A);
        f.read(p1, Metrics.PDU_POWER_W, 17_000);
        f.read(p2, Metrics.PDU_POWER_W, 17_000);

        f.alarms.evaluate(f.now());

        assertThat(active(f, AlarmKind.CABINET_POWER)).as("85 %: A01 warns above 90, A02 above the site's 70")
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.cabinetId()).isEqualTo(a02.getId());
                    assertThat(a.level()).isEqualByComparingTo("70");
                });
        assertThat(lenient.effective().source()).isEqualTo(ThresholdSource.CABINET);
        assertThat(f.thresholds.effective(AlarmKind.CABINET_POWER, f.siteId, a03.getId()))
                .as("A03 inherits the site's warning and the default critical level and margin")
                .isEqualTo(new Threshold(AlarmKind.CABINET_POWER, new java.math.BigDecimal("70.00"),
                        new java.math.BigDecimal("95"), new java.math.BigDecimal("5"), ThresholdSource.SITE));
        assertThat(f.thresholds.overrides(f.siteId)).hasSize(2);
    }

    @BothDatabases
    void overridesAreCheckedAgainstTheLevelsTheyInherit(Database db, PowerFixture f) {
        long cabinet = f.base.cabinet.getId();

        assertThatThrownBy(() -> f.thresholds.setForCabinet(cabinet, AlarmKind.CABINET_POWER,
                ThresholdSpec.of("96", null, null), null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("warning:")
                .hasMessageContaining("below the critical level in force (95 %)");
        assertThatThrownBy(() -> f.thresholds.setForSite(f.siteId, AlarmKind.INLET_TEMP,
                ThresholdSpec.of("75", "80", null), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("between 0 and 60 °C");
        assertThatThrownBy(() -> f.thresholds.setForSite(f.siteId, AlarmKind.TARGET_UNREACHABLE,
                ThresholdSpec.of("2.5", null, null), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("whole number");
        assertThatThrownBy(() -> f.thresholds.setForSite(f.siteId, AlarmKind.CABINET_POWER,
                ThresholdSpec.of(null, null, "80"), null))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("clearMargin:");
        ThresholdView site = f.thresholds.setForSite(f.siteId, AlarmKind.CABINET_POWER,
                ThresholdSpec.of("75", null, null), null);
        assertThatThrownBy(() -> f.thresholds.setForSite(f.siteId, AlarmKind.CABINET_POWER,
                ThresholdSpec.of("70", null, null), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already exists");
        ThresholdView edited = f.thresholds.setForSite(f.siteId, AlarmKind.CABINET_POWER,
                ThresholdSpec.of("70", null, null), site.version());
        f.thresholds.remove(edited.id(), edited.version());
        assertThat(f.thresholds.overrides(f.siteId)).isEmpty();
        Long auditRows = db.read(s -> s.createNativeQuery("select count(*) from power_threshold_aud", Long.class)
                .getSingleResult());
        assertThat(auditRows).as("created, changed, removed").isEqualTo(3);
    }

    @BothDatabases
    void thresholdRefusalsReadInChineseWithTheirUnitInWords(PowerFixture f) {
        assertThatThrownBy(() -> f.thresholds.setForSite(f.siteId, AlarmKind.TARGET_UNREACHABLE,
                ThresholdSpec.of("0", null, null), null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e).hasMessage("warning: must be between 1 and 100 polls, was 0");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("取值范围为 1–100 次轮询，当前为 0");
                });
        assertThatThrownBy(() -> f.thresholds.setForSite(f.siteId, AlarmKind.CABINET_POWER,
                ThresholdSpec.of("70", null, null), 2))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e).hasMessage("threshold override of CABINET_POWER for site " + f.siteId
                            + " version 2 does not exist");
                    assertThat(e.reason(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("站点 " + f.siteId + " 的 CABINET_POWER 告警阈值版本 2 不存在");
                });
    }

    @BothDatabases
    void hotInletsWarnAbove27AndAreCriticalAbove32(PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);
        TargetView roomSensor = f.sensor("hall-1-sensor");
        f.read(pdu, Metrics.SENSOR_TEMP_C, 27.4);
        f.read(roomSensor, Metrics.SENSOR_TEMP_C, 33.0);

        f.alarms.evaluate(f.now());

        assertThat(active(f, AlarmKind.INLET_TEMP)).extracting(AlarmView::subjectType, AlarmView::severity,
                AlarmView::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(SubjectType.TARGET, Severity.CRITICAL,
                        "Sensor hall-1-sensor reads 33.0 °C (critical above 32 °C)"),
                org.assertj.core.groups.Tuple.tuple(SubjectType.CABINET, Severity.WARNING,
                        "Inlet of cabinet Hall 1/A01 at 27.4 °C (warning above 27 °C)"));
    }

    @BothDatabases
    void anAlarmOnATargetThatIsRemovedIsClearedAndKeptInTheHistory(PowerFixture f) {
        TargetView pdu = f.pdu(f.base.cabinet, Feed.A);
        for (int i = 0; i < 3; i++) {
            poll(f, pdu, PollOutcome.TIMEOUT);
        }
        f.alarms.evaluate(f.now());
        long id = active(f, AlarmKind.TARGET_UNREACHABLE).get(0).id();

        f.base.targets.delete(pdu.id(), pdu.version());
        EvaluationReport after = f.alarms.evaluate(f.now());

        assertThat(after.cleared()).isEqualTo(1);
        assertThat(f.alarms.find(id).clearReason()).startsWith("no longer monitored");
        assertThat(f.alarms.find(id).subjectName()).isEqualTo("pdu-A01-A");
    }

    private static void poll(PowerFixture f, TargetView target, PollOutcome outcome) {
        f.advance(Duration.ofSeconds(30));
        Instant at = f.now();
        f.statuses.record(new Collected(Long.toString(target.id()), outcome, Duration.ofMillis(300), at,
                List.of(), outcome == PollOutcome.OK ? null : "no answer in 2000 ms", null));
    }
}
