package io.dcim.power.alarm;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.CablingReport;
import io.dcim.inventory.cable.CheckFinding;
import io.dcim.inventory.cable.CheckOutcome;
import io.dcim.common.persistence.Lookup;
import io.dcim.power.chain.RedundantCapacity;
import io.dcim.power.load.CabinetLoad;
import io.dcim.power.load.CurrentLoads;
import io.dcim.power.load.InletReading;
import io.dcim.power.load.LoadScope;
import io.dcim.power.load.LoadService;
import io.dcim.power.reading.PollStatus;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.endpoint.TargetRole;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.required;

/**
 * Raises, changes and clears alarms from the current loads and poll statuses, keeps them as history, and
 * records acknowledgements.
 *
 * <p>{@link #evaluate(Instant)} runs after each sweep. It looks at every cabinet (power against contract,
 * hottest inlet, power against what one side of its feeds can carry), every sensor outside cabinets and every enabled target (polls missed in a row), with the
 * levels in force for each ({@link ThresholdService}), and compares with the active alarms: one active alarm
 * per subject and kind, raised when a level is passed, changed when another severity applies, cleared once the
 * value is the clear margin below the level. A cabinet whose PDUs did not all report may rise but not fall:
 * a partial sum proves a high load, never a low one. A subject without a current value keeps its alarm, unless
 * it is no longer monitored at all (deleted, disabled, no PDU left), which clears it. All changes of one
 * evaluation commit together; notifiers hear of them afterwards.
 */
public final class AlarmService {

    public static final int MAX_COMMENT = 1_000;

    private static final SortColumns SORT = new SortColumns("raised", "a.id", Map.of(
            "raised", "a.raisedAt",
            "severity", "a.severity",
            "kind", "a.kind",
            "subject", "a.subjectName",
            "state", "a.state",
            "cleared", "a.clearedAt"));

    private final Database db;
    private final LoadService loads;
    private final PollStatusStore statuses;
    private final ThresholdService thresholds;
    private final AlarmNotifier notifier;
    private final Clock clock;

    public AlarmService(Database db, LoadService loads, PollStatusStore statuses, ThresholdService thresholds,
                        AlarmNotifier notifier, Clock clock) {
        this.db = db;
        this.loads = loads;
        this.statuses = statuses;
        this.thresholds = thresholds;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Brings the alarms in line with what is measured now. */
    public EvaluationReport evaluate(Instant now) {
        CurrentLoads current = loads.current(LoadScope.all());
        ThresholdService.Resolver levels = thresholds.resolver();
        Map<String, Observation> observations = observe(current, statuses.failing(), levels,
                RedundantCapacity.byCabinet(db));
        return settle(now, observations.size(), (session, changes) -> {
            Map<String, Alarm> open = new HashMap<>();
            // cabling faults follow the cabling check, not the sweep: they are no orphans of this evaluation
            for (Alarm a : session.createQuery("from Alarm a where a.state = :state and a.kind <> :cabling", Alarm.class)
                    .setParameter("state", AlarmState.ACTIVE).setParameter("cabling", AlarmKind.CABLE_FAULT)
                    .getResultList()) {
                open.put(a.getActiveKey(), a);
            }
            for (Observation o : observations.values()) {
                decide(o, open.remove(o.subject().key()), now, changes.raised, changes.changed);
            }
            for (Alarm orphan : open.values()) {
                orphan.clear(null, AlarmText.of("power.alarm.clear.unmonitored"), now);
                changes.changed.put(orphan, AlarmEvent.Type.CLEARED);
            }
        });
    }

    /**
     * Brings a site's cabling alarms in line with a cabling check just recorded: a port found MISSING (rank 1) or
     * MISWIRED (rank 2) is observed at its rank against the site's CABLE_FAULT levels, so it raises, escalates or
     * de-escalates like any alarm; a port the check found OK is observed at 0 and its alarm clears. A port the
     * check did not compare (its device did not answer) keeps its alarm until a check reads it.
     */
    public EvaluationReport applyCablingCheck(long siteId, CablingReport report, Instant now) {
        Threshold levels = thresholds.resolver().resolve(AlarmKind.CABLE_FAULT, siteId, null);
        Map<String, Observation> faults = new LinkedHashMap<>();
        for (CheckFinding f : report.findings()) {
            if (f.portId() != null && (f.outcome() == CheckOutcome.MISSING || f.outcome() == CheckOutcome.MISWIRED)) {
                Subject port = new Subject(AlarmKind.CABLE_FAULT, SubjectType.PORT, f.portId(), f.device() + " " + f.port(),
                        siteId, null, null, null);
                boolean miswired = f.outcome() == CheckOutcome.MISWIRED;
                put(faults, new Observation(port, miswired ? 2.0 : 1.0, true, true, levels, (severity, level) -> miswired
                        ? AlarmText.of("power.alarm.text.cableMiswired", f.device(), f.port(), f.cableLabel(),
                                f.seenDevice(), f.seenPort(), f.expectedDevice(), f.expectedPort())
                        : AlarmText.of("power.alarm.text.cableMissing", f.device(), f.port(), f.cableLabel(),
                                f.expectedDevice(), f.expectedPort())));
            }
        }
        return settle(now, faults.size(), (session, changes) -> {
            Map<String, Alarm> open = new HashMap<>();
            for (Alarm a : session.createQuery("from Alarm a where a.state = :state and a.kind = :cabling"
                            + " and a.siteId = :site", Alarm.class).setParameter("state", AlarmState.ACTIVE)
                    .setParameter("cabling", AlarmKind.CABLE_FAULT).setParameter("site", siteId).getResultList()) {
                open.put(a.getActiveKey(), a);
            }
            for (Observation o : faults.values()) {
                decide(o, open.remove(o.subject().key()), now, changes.raised, changes.changed);
            }
            for (Alarm a : open.values()) {
                if (report.checkedPorts().contains(a.getSubjectId())) {
                    Subject port = new Subject(AlarmKind.CABLE_FAULT, SubjectType.PORT, a.getSubjectId(), a.getSubjectName(),
                            siteId, null, null, null);
                    decide(new Observation(port, 0.0, true, true, levels, (severity, level) -> null), a, now,
                            changes.raised, changes.changed);
                }
            }
        });
    }

    /** What one pass over the alarms raises, and how it changes those already open. */
    private static final class Changes {
        final List<Alarm> raised = new ArrayList<>();
        final Map<Alarm, AlarmEvent.Type> changed = new LinkedHashMap<>();
    }

    /**
     * Runs a pass in one transaction, then keeps what it raised, records every event with the pass and, once
     * committed, notifies them: the same end for the periodic sweep and a cabling check.
     */
    private EvaluationReport settle(Instant now, int observed, BiConsumer<Session, Changes> pass) {
        List<AlarmEvent> events = new ArrayList<>();
        int active = db.inTransaction(session -> {
            Changes changes = new Changes();
            pass.accept(session, changes);
            changes.raised.forEach(session::persist);
            session.flush();
            changes.raised.forEach(a -> events.add(new AlarmEvent(AlarmEvent.Type.RAISED, AlarmView.of(a))));
            changes.changed.forEach((a, type) -> events.add(new AlarmEvent(type, AlarmView.of(a))));
            AlarmEvents.record(session, events, now);
            return session.createQuery("select count(a) from Alarm a where a.state = :state", Long.class)
                    .setParameter("state", AlarmState.ACTIVE).getSingleResult().intValue();
        });
        events.forEach(e -> Notifications.deliver(notifier, e));
        return new EvaluationReport(now, observed, count(events, AlarmEvent.Type.RAISED),
                count(events, AlarmEvent.Type.ESCALATED), count(events, AlarmEvent.Type.DEESCALATED),
                count(events, AlarmEvent.Type.CLEARED), active);
    }

    /**
     * Acknowledges an alarm read at {@code expectedVersion}, by the current {@link Actor}, with a comment
     * saying what is being done about it. An alarm is acknowledged once; a rise in severity asks again.
     */
    public AlarmView acknowledge(long alarmId, int expectedVersion, String comment) {
        String text = required("comment", comment, MAX_COMMENT);
        AlarmView view = db.inTransaction(session -> {
            Alarm a = Lookup.existing(session, Alarm.class, alarmId, "alarm");
            if (a.getVersion() != expectedVersion) {
                throw new ConflictException("version", Message.of("common.version.stale",
                        Message.of("power.alarm.numbered", alarmId)));
            }
            if (a.getAckedAt() != null) {
                throw new ConflictException("ackedAt", Message.of("power.alarm.alreadyAcknowledged", alarmId,
                        a.getAckedBy(), a.getAckedAt()));
            }
            a.acknowledge(Actor.current(), text, clock.instant());
            session.flush();
            AlarmView acknowledged = AlarmView.of(a);
            AlarmEvents.record(session, new AlarmEvent(AlarmEvent.Type.ACKNOWLEDGED, acknowledged), clock.instant());
            return acknowledged;
        });
        Notifications.deliver(notifier, new AlarmEvent(AlarmEvent.Type.ACKNOWLEDGED, view));
        return view;
    }

    public AlarmView find(long alarmId) {
        return db.read(session -> AlarmView.of(Lookup.existing(session, Alarm.class, alarmId, "alarm")));
    }

    /** Alarms matching the filter, a page at a time (newest raised first by default). */
    public Page<AlarmView> list(AlarmFilter filter, PageRequest request) {
        return db.read(session -> {
            Page<Alarm> page = new PagedQuery<>(Alarm.class, "select a", "from Alarm a", "a.id", SORT)
                    .where("a.state = :state", "state", filter.state())
                    .where("a.siteId = :site", "site", filter.siteId())
                    .where("a.roomId = :room", "room", filter.roomId())
                    .where("a.cabinetId = :cabinet", "cabinet", filter.cabinetId())
                    .where("a.targetId = :target", "target", filter.targetId())
                    .where("a.kind = :kind", "kind", filter.kind())
                    .where("a.severity = :severity", "severity", filter.severity())
                    .fetch(session, request);
            return new Page<>(page.items().stream().map(AlarmView::of).toList(), page.total(), page.request());
        });
    }

    /** How many alarms are active: one count on the state index, for the console's header at every page. */
    public long countActive() {
        return db.read(session -> session.createQuery("select count(a) from Alarm a where a.state = :state", Long.class)
                .setParameter("state", AlarmState.ACTIVE).getSingleResult());
    }

    /** How many alarms are active at each severity (every severity, zero included): for the metrics. */
    public Map<Severity, Long> countActiveBySeverity() {
        Map<Severity, Long> counts = new java.util.EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        db.read(session -> session.createQuery("select a.severity, count(a) from Alarm a where a.state = :state"
                        + " group by a.severity", Object[].class)
                .setParameter("state", AlarmState.ACTIVE).getResultList())
                .forEach(row -> counts.put((Severity) row[0], (Long) row[1]));
        return counts;
    }

    /** Every active alarm (a few at most, normally), most severe and newest first. */
    public List<AlarmView> active() {
        return db.read(session -> session.createQuery("from Alarm a where a.state = :state"
                        + " order by a.severity desc, a.raisedAt desc, a.id", Alarm.class)
                .setParameter("state", AlarmState.ACTIVE).getResultList().stream().map(AlarmView::of).toList());
    }

    private static void decide(Observation o, Alarm alarm, Instant now, List<Alarm> raised,
                               Map<Alarm, AlarmEvent.Type> changed) {
        if (o.value() == null) {
            if (alarm != null && !o.monitored()) {
                alarm.clear(null, AlarmText.of("power.alarm.clear.unmeasured"), now);
                changed.put(alarm, AlarmEvent.Type.CLEARED);
            }
            return;
        }
        double value = o.value();
        Severity current = alarm == null ? null : alarm.getSeverity();
        Severity next = o.threshold().next(current, value);
        if (current != null && !o.mayFall() && (next == null || next.compareTo(current) < 0)) {
            return;
        }
        if (alarm == null) {
            if (next != null) {
                BigDecimal level = o.threshold().level(next);
                raised.add(new Alarm(o.subject(), next, value, level, o.message().apply(next, level), now));
            }
        } else if (next == null) {
            Threshold t = o.threshold();
            BigDecimal lowest = t.warning() != null ? t.warning() : t.critical();
            String bound = plain(lowest.subtract(t.clearMargin()));
            alarm.clear(value, AlarmText.of(t.kind().reachedAtLevel() ? "power.alarm.clear.backBelow"
                    : "power.alarm.clear.backTo", bound, unit(t.kind())), now);
            changed.put(alarm, AlarmEvent.Type.CLEARED);
        } else if (next != current) {
            BigDecimal level = o.threshold().level(next);
            alarm.changeSeverity(next, level, o.message().apply(next, level), now);
            changed.put(alarm, next.compareTo(current) > 0 ? AlarmEvent.Type.ESCALATED : AlarmEvent.Type.DEESCALATED);
        }
    }

    /** One observation per subject and kind that is monitored now. */
    private static Map<String, Observation> observe(CurrentLoads current, List<PollStatus> failing,
                                                    ThresholdService.Resolver levels, Map<Long, Long> redundantW) {
        Map<String, Observation> out = new LinkedHashMap<>();
        Set<Long> cabinetsWithSensors = new HashSet<>();
        for (CurrentLoads.TargetPlace t : current.targets()) {
            if (t.cabinetId() != null && (t.role() == TargetRole.PDU || t.role() == TargetRole.SENSOR)) {
                cabinetsWithSensors.add(t.cabinetId());
            }
        }
        for (CabinetLoad c : current.cabinets()) {
            String name = c.roomName() + "/" + c.cabinetName();
            Subject power = new Subject(AlarmKind.CABINET_POWER, SubjectType.CABINET, c.cabinetId(), name, c.siteId(),
                    c.roomId(), c.cabinetId(), null);
            put(out, new Observation(power, c.utilizationPct(), c.complete(), c.pdus() > 0,
                    levels.resolve(AlarmKind.CABINET_POWER, c.siteId(), c.cabinetId()),
                    (severity, level) -> AlarmText.of("power.alarm.text.cabinetPower", name,
                            oneDecimal(c.measuredW() / 1000.0), oneDecimal(c.utilizationPct()),
                            oneDecimal(c.contractedW() / 1000.0), plain(level))));
            Subject inlet = new Subject(AlarmKind.INLET_TEMP, SubjectType.CABINET, c.cabinetId(), name, c.siteId(),
                    c.roomId(), c.cabinetId(), null);
            put(out, new Observation(inlet, c.inletTempC(), true, cabinetsWithSensors.contains(c.cabinetId()),
                    levels.resolve(AlarmKind.INLET_TEMP, c.siteId(), c.cabinetId()),
                    (severity, level) -> AlarmText.of("power.alarm.text.cabinetInlet", name,
                            oneDecimal(c.inletTempC()), plain(level))));
            Long oneSide = redundantW.get(c.cabinetId());
            if (oneSide != null) {
                put(out, redundancy(c, name, oneSide, levels));
            }
        }
        Map<Long, CurrentLoads.TargetPlace> targets = new HashMap<>();
        current.targets().forEach(t -> targets.put(t.id(), t));
        for (InletReading r : current.inlets()) {
            CurrentLoads.TargetPlace t = targets.get(r.targetId());
            if (r.cabinetId() != null || t == null) {
                continue; // in a cabinet: counted in the cabinet's hottest inlet
            }
            Subject inlet = new Subject(AlarmKind.INLET_TEMP, SubjectType.TARGET, t.id(), t.name(), t.siteId(),
                    t.roomId(), null, t.id());
            put(out, new Observation(inlet, r.tempC(), true, true, levels.resolve(AlarmKind.INLET_TEMP, t.siteId(), null),
                    (severity, level) -> AlarmText.of("power.alarm.text.sensorInlet", t.name(),
                            oneDecimal(r.tempC()), plain(level))));
        }
        Map<Long, PollStatus> failures = new HashMap<>();
        failing.forEach(s -> failures.put(s.targetId(), s));
        for (CurrentLoads.TargetPlace t : current.targets()) {
            PollStatus s = failures.get(t.id());
            int missed = s == null ? 0 : s.consecutiveFailures();
            Subject unreachable = new Subject(AlarmKind.TARGET_UNREACHABLE, SubjectType.TARGET, t.id(), t.name(),
                    t.siteId(), t.roomId(), t.cabinetId(), t.id());
            put(out, new Observation(unreachable, (double) missed, true, true,
                    levels.resolve(AlarmKind.TARGET_UNREACHABLE, t.siteId(), t.cabinetId()),
                    (severity, level) -> AlarmText.of("power.alarm.text.unreachable", t.name(), missed,
                            s == null ? "-" : AlarmText.word("power.alarm.outcome." + s.outcome().name()),
                            s == null || s.lastError() == null ? "" : ": " + s.lastError(), plain(level))));
        }
        return out;
    }

    /**
     * The cabinet's measured draw against what one side of its feeds can carry: only cabinets fed from two sides
     * are watched (one fed from one side has no redundancy to lose; the stranded-power list shows it), and like
     * the power alarm a partial sum of its PDUs may raise it but not clear it.
     */
    private static Observation redundancy(CabinetLoad c, String name, long oneSideW,
                                          ThresholdService.Resolver levels) {
        Subject subject = new Subject(AlarmKind.REDUNDANCY_LOST, SubjectType.CABINET, c.cabinetId(), name, c.siteId(),
                c.roomId(), c.cabinetId(), null);
        Double pct = c.measuredW() == null ? null
                : BigDecimal.valueOf(100.0 * c.measuredW() / oneSideW).setScale(1, RoundingMode.HALF_UP).doubleValue();
        return new Observation(subject, pct, c.complete(), true,
                levels.resolve(AlarmKind.REDUNDANCY_LOST, c.siteId(), c.cabinetId()),
                (severity, level) -> AlarmText.of("power.alarm.text.redundancyLost", name,
                        oneDecimal(c.measuredW() / 1000.0), oneDecimal(pct), oneDecimal(oneSideW / 1000.0),
                        plain(level)));
    }

    private static void put(Map<String, Observation> out, Observation o) {
        out.put(o.subject().key(), o);
    }

    private static int count(List<AlarmEvent> events, AlarmEvent.Type type) {
        return (int) events.stream().filter(e -> e.type() == type).count();
    }

    /** A value as the texts show it: one decimal, a dot, whatever the reader's language. */
    private static String oneDecimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The unit of a kind's levels, worded by the reader ("polls", "次"). */
    private static String unit(AlarmKind kind) {
        return AlarmText.word("power.alarm.unit." + kind.name());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * A subject's value now (null: not measured now) with the levels in force.
     *
     * @param mayFall   the value is complete, so it may lower or clear an alarm (not only raise one)
     * @param monitored the subject is still watched at all; an alarm on one that is not is cleared
     */
    private record Observation(Subject subject, Double value, boolean mayFall, boolean monitored, Threshold threshold,
                               BiFunction<Severity, BigDecimal, AlarmText> message) {
    }
}
