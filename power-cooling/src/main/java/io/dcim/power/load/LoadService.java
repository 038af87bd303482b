package io.dcim.power.load;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.load.Topology.CabinetRow;
import io.dcim.power.load.Topology.RoomRow;
import io.dcim.power.load.Topology.SiteRow;
import io.dcim.power.load.Topology.TargetRow;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.BucketTotal;
import io.dcim.power.reading.LatestReading;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.Resolution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the readings mean for the inventory: per cabinet the measured draw against the contracted power and the
 * inlet conditions against the ASHRAE envelope; per PDU phase the current against the breaker; per room and
 * site the IT load, the facility load and the PUE, now and over a period.
 *
 * <p>Every figure for a scope (a site, a room, everything) costs a fixed handful of queries: the scope's
 * targets, cabinets and rooms, then one readings query per metric for all targets at once.
 */
public final class LoadService {

    /** Phases of a three-phase PDU; single-phase PDUs report phase 1 only. */
    static final int MAX_PHASES = 3;

    private final Database db;
    private final ReadingStore readings;
    private final Clock clock;
    private final LoadSettings settings;

    public LoadService(Database db, ReadingStore readings, Clock clock, LoadSettings settings) {
        this.db = db;
        this.readings = readings;
        this.clock = clock;
        this.settings = settings;
    }

    public LoadSettings settings() {
        return settings;
    }

    /** Every cabinet of the scope with its current load, in room, row and position order. */
    public List<CabinetLoad> cabinets(LoadScope scope) {
        Topology topology = Topology.load(db, scope);
        return new Figures(topology, clock.instant()).cabinets();
    }

    /**
     * The measured cabinets of the scope nearest their contract: highest utilization first (over-contract ones on
     * top), at most {@code limit}. Cabinets without a current reading are left out.
     */
    public List<CabinetLoad> nearestContract(LoadScope scope, int limit) {
        if (limit < 1) {
            throw new InvalidValueException("limit", Message.of("power.field.atLeast", 1, limit));
        }
        return cabinets(scope).stream().filter(c -> c.utilizationPct() != null)
                .sorted(java.util.Comparator.comparing(CabinetLoad::utilizationPct).reversed()
                        .thenComparing(CabinetLoad::cabinetName))
                .limit(limit).toList();
    }

    public CabinetLoad cabinet(long cabinetId) {
        List<CabinetLoad> loads = cabinets(LoadScope.cabinet(cabinetId));
        if (loads.isEmpty()) {
            throw new NotFoundException(Message.noun(Cabinet.class, "cabinet"), cabinetId);
        }
        return loads.get(0);
    }

    /** Cabinet loads, inlet readings and the enabled targets of a scope, from one load of its topology. */
    public CurrentLoads current(LoadScope scope) {
        Topology topology = Topology.load(db, scope);
        Instant now = clock.instant();
        Figures figures = new Figures(topology, now);
        List<CurrentLoads.TargetPlace> places = topology.targets().stream().map(t -> new CurrentLoads.TargetPlace(
                t.id(), t.name(), t.role(), t.siteId(), t.roomId(), t.cabinetId())).toList();
        return new CurrentLoads(now, figures.cabinets(), figures.inlets(), places);
    }

    /** The current of every phase of every PDU in the scope that reports it, against the breaker rating. */
    public List<PhaseLoad> phases(LoadScope scope) {
        Topology topology = Topology.load(db, scope);
        return new Figures(topology, clock.instant()).phases();
    }

    /** Every PDU of the scope with a current reading: its power and its most loaded phase, by target id. */
    public Map<Long, PduDraw> pduDraws(LoadScope scope) {
        return pduDraws(scope, Map.of());
    }

    /**
     * As {@link #pduDraws(LoadScope)}, with the current power of the outlets asked for (by PDU target id, the outlet
     * numbers whose power is wanted): what a device plugged into them draws through each supply.
     */
    public Map<Long, PduDraw> pduDraws(LoadScope scope, Map<Long, ? extends Collection<Integer>> outletsByPdu) {
        Topology topology = Topology.load(db, scope);
        return new Figures(topology, clock.instant()).pduDraws(outletsByPdu);
    }

    /** The air conditions every target of the scope reports (PDU probes, sensors). */
    public List<InletReading> inlets(LoadScope scope) {
        Topology topology = Topology.load(db, scope);
        return new Figures(topology, clock.instant()).inlets();
    }

    public RoomLoad room(long roomId) {
        Topology topology = Topology.load(db, LoadScope.room(roomId));
        return new Figures(topology, clock.instant()).room(topology.theRoom(roomId), designPue(roomSite(roomId)));
    }

    public SiteLoad site(long siteId) {
        Topology topology = Topology.load(db, LoadScope.site(siteId));
        return new Figures(topology, clock.instant()).site(topology.theSite(siteId));
    }

    /** PUE of a site over [from, to), energy-weighted from hourly roll-ups. */
    public PueFigure sitePue(long siteId, Instant from, Instant to) {
        Topology topology = Topology.load(db, LoadScope.site(siteId));
        return pue(topology.targets(), t -> true, designPue(topology.theSite(siteId)), from, to);
    }

    /** PUE of a room over [from, to), from the room's PDUs and the room's meters or UPSes. */
    public PueFigure roomPue(long roomId, Instant from, Instant to) {
        Topology topology = Topology.load(db, LoadScope.room(roomId));
        topology.theRoom(roomId); // not found unless the room exists
        return pue(topology.targets(), t -> true, designPue(roomSite(roomId)), from, to);
    }

    private PueFigure pue(List<TargetRow> targets, Predicate<TargetRow> in, BigDecimal designPue, Instant from,
                          Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidValueException("from", Message.of("power.period.fromBeforeTo", from, to));
        }
        List<Long> pdus = ids(targets, in, TargetRole.PDU);
        Map<Instant, Double> it = byHour(pdus, Metrics.PDU_POWER_W, from, to);
        FacilitySource source = facilitySource(targets, in);
        Map<Instant, Double> facility = switch (source) {
            case METERS -> byHour(ids(targets, in, TargetRole.METER), Metrics.SENSOR_POWER_W, from, to);
            case UPS_INPUT -> byHour(ids(targets, in, TargetRole.UPS), Metrics.UPS_INPUT_POWER_W, from, to);
            case DESIGN_PUE -> null;
        };
        double itWh = 0;
        double facilityWh = 0;
        int hours = 0;
        for (Map.Entry<Instant, Double> hour : it.entrySet()) {
            double facilityHour;
            if (facility == null) {
                facilityHour = hour.getValue() * designPue.doubleValue();
            } else if (facility.containsKey(hour.getKey())) {
                facilityHour = facility.get(hour.getKey());
            } else {
                continue;
            }
            itWh += hour.getValue();
            facilityWh += facilityHour;
            hours++;
        }
        BigDecimal pue = itWh > 0 ? ratio(facilityWh, itWh) : null;
        return new PueFigure(from, to, itWh / 1000, facilityWh / 1000, pue, source, hours);
    }

    /** Watt-hours per hour: the sum of the targets' hourly mean power. */
    private Map<Instant, Double> byHour(Collection<Long> targetIds, String metric, Instant from, Instant to) {
        Map<Instant, Double> hours = new TreeMap<>();
        for (BucketTotal b : readings.bucketTotals(targetIds, metric, from, to, Resolution.HOURLY)) {
            hours.put(b.bucketStart(), b.sumOfMeans());
        }
        return hours;
    }

    private BigDecimal designPue(SiteRow site) {
        return site.designPue() == null ? settings.fallbackDesignPue() : site.designPue();
    }

    private SiteRow roomSite(long roomId) {
        return db.read(session -> SiteDirectory.ofRoom(session, roomId).map(Topology::site)
                .orElseThrow(() -> new NotFoundException("room", roomId)));
    }

    static FacilitySource facilitySource(List<TargetRow> targets, Predicate<TargetRow> in) {
        if (targets.stream().anyMatch(t -> t.role() == TargetRole.METER && in.test(t))) {
            return FacilitySource.METERS;
        }
        if (targets.stream().anyMatch(t -> t.role() == TargetRole.UPS && in.test(t))) {
            return FacilitySource.UPS_INPUT;
        }
        return FacilitySource.DESIGN_PUE;
    }

    private static List<Long> ids(List<TargetRow> targets, Predicate<TargetRow> in, TargetRole role) {
        return targets.stream().filter(t -> t.role() == role && in.test(t)).map(TargetRow::id).toList();
    }

    static BigDecimal ratio(double numerator, double denominator) {
        return BigDecimal.valueOf(numerator / denominator).setScale(3, RoundingMode.HALF_UP);
    }

    static Double oneDecimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /** The current readings of one scope, fetched lazily (one query per metric), and the figures built on them. */
    private final class Figures {

        private final Topology topology;
        private final Instant now;
        private final Map<String, Map<Long, LatestReading>> latest = new HashMap<>();

        Figures(Topology topology, Instant now) {
            this.topology = topology;
            this.now = now;
        }

        /** Current readings of the metric for the targets of the given roles, each within its own freshness. */
        Map<Long, LatestReading> current(String metric, TargetRole... roles) {
            return latest.computeIfAbsent(metric + List.of(roles), k -> fresh(metric, topology.targets().stream()
                    .filter(t -> List.of(roles).contains(t.role())).toList()));
        }

        /** Current readings of the metric for the targets asked, each within its own freshness: one query. */
        private Map<Long, LatestReading> fresh(String metric, List<TargetRow> asked) {
            if (asked.isEmpty()) {
                return Map.of();
            }
            Duration widest = asked.stream().map(t -> settings.freshness(t.intervalSeconds()))
                    .max(Duration::compareTo).orElseThrow();
            Map<Long, LatestReading> found = readings.latest(asked.stream().map(TargetRow::id).toList(), metric,
                    now.minus(widest));
            Map<Long, LatestReading> fresh = new HashMap<>();
            for (TargetRow t : asked) {
                LatestReading r = found.get(t.id());
                if (r != null && !r.at().isBefore(now.minus(settings.freshness(t.intervalSeconds())))) {
                    fresh.put(t.id(), r);
                }
            }
            return fresh;
        }

        /**
         * The current power of the outlets asked for, by PDU and outlet number: one query per outlet number, asking
         * only the PDUs with something recorded on that outlet.
         */
        Map<Long, Map<Integer, Double>> outletWatts(Map<Long, ? extends Collection<Integer>> outletsByPdu) {
            Map<Integer, List<TargetRow>> pdusByOutlet = new TreeMap<>();
            for (TargetRow t : topology.targets()) {
                if (t.role() == TargetRole.PDU) {
                    Collection<Integer> outlets = outletsByPdu.get(t.id());
                    if (outlets != null) {
                        outlets.forEach(n -> pdusByOutlet.computeIfAbsent(n, k -> new ArrayList<>()).add(t));
                    }
                }
            }
            Map<Long, Map<Integer, Double>> out = new HashMap<>();
            pdusByOutlet.forEach((outlet, pdus) -> fresh(Metrics.row(Metrics.PDU_OUTLET_POWER_W, outlet), pdus)
                    .forEach((id, r) -> out.computeIfAbsent(id, k -> new HashMap<>()).put(outlet, r.value())));
            return out;
        }

        List<CabinetLoad> cabinets() {
            Map<Long, List<TargetRow>> byCabinet = new HashMap<>();
            for (TargetRow t : topology.targets()) {
                if (t.cabinetId() != null) {
                    byCabinet.computeIfAbsent(t.cabinetId(), k -> new ArrayList<>()).add(t);
                }
            }
            Map<Long, LatestReading> power = current(Metrics.PDU_POWER_W, TargetRole.PDU);
            Map<Long, LatestReading> temps = current(Metrics.SENSOR_TEMP_C, TargetRole.PDU, TargetRole.SENSOR);
            Map<Long, LatestReading> humidity = current(Metrics.SENSOR_HUMIDITY_PCT, TargetRole.PDU, TargetRole.SENSOR);
            List<CabinetLoad> loads = new ArrayList<>(topology.cabinets().size());
            for (CabinetRow c : topology.cabinets()) {
                loads.add(cabinet(c, byCabinet.getOrDefault(c.id(), List.of()), power, temps, humidity));
            }
            return loads;
        }

        private CabinetLoad cabinet(CabinetRow c, List<TargetRow> targets, Map<Long, LatestReading> power,
                                    Map<Long, LatestReading> temps, Map<Long, LatestReading> humidity) {
            Sum draw = new Sum();
            int pdus = 0;
            Double hottest = null;
            double humiditySum = 0;
            int humidityCount = 0;
            for (TargetRow t : targets) {
                if (t.role() == TargetRole.PDU) {
                    pdus++;
                    draw.add(power.get(t.id()));
                }
                LatestReading temp = temps.get(t.id());
                if (temp != null && (hottest == null || temp.value() > hottest)) {
                    hottest = temp.value();
                }
                LatestReading rh = humidity.get(t.id());
                if (rh != null) {
                    humiditySum += rh.value();
                    humidityCount++;
                }
            }
            Long measured = draw.count == 0 ? null : Math.round(draw.total);
            Double utilization = measured == null || c.contractedW() <= 0 ? null
                    : oneDecimal(100.0 * measured / c.contractedW());
            Long headroom = measured == null ? null : c.contractedW() - measured;
            Double inlet = oneDecimal(hottest);
            Double rh = humidityCount == 0 ? null : oneDecimal(humiditySum / humidityCount);
            return new CabinetLoad(c.id(), c.name(), c.roomId(), c.roomName(), c.siteId(), c.rowName(), c.position(),
                    c.contractedW(), measured, utilization, headroom, draw.oldest, pdus, draw.count, inlet,
                    Envelope.of(inlet, settings.inletLowC(), settings.inletHighC()), rh,
                    Envelope.of(rh, settings.humidityLowPct(), settings.humidityHighPct()));
        }

        List<PhaseLoad> phases() {
            List<PhaseLoad> out = new ArrayList<>();
            for (int phase = 1; phase <= MAX_PHASES; phase++) {
                Map<Long, LatestReading> current = current(Metrics.row(Metrics.PDU_PHASE_CURRENT_A, phase),
                        TargetRole.PDU);
                for (TargetRow t : topology.targets()) {
                    LatestReading r = current.get(t.id());
                    if (r == null) {
                        continue;
                    }
                    Integer rating = t.breakerRatingA();
                    Double pct = rating == null ? null : oneDecimal(100.0 * r.value() / rating);
                    out.add(new PhaseLoad(t.id(), t.name(), t.cabinetId(), t.feed(), phase, r.value(), rating, pct,
                            r.at()));
                }
            }
            out.sort(java.util.Comparator.comparing(PhaseLoad::targetId).thenComparing(PhaseLoad::phase));
            return out;
        }

        Map<Long, PduDraw> pduDraws(Map<Long, ? extends Collection<Integer>> outletsByPdu) {
            Map<Long, Map<Integer, Double>> outlets = outletWatts(outletsByPdu);
            Map<Long, LatestReading> power = current(Metrics.PDU_POWER_W, TargetRole.PDU);
            Map<Long, Double> maxPhase = new HashMap<>();
            for (int phase = 1; phase <= MAX_PHASES; phase++) {
                current(Metrics.row(Metrics.PDU_PHASE_CURRENT_A, phase), TargetRole.PDU)
                        .forEach((id, r) -> maxPhase.merge(id, r.value(), Math::max));
            }
            Map<Long, PduDraw> out = new HashMap<>();
            for (TargetRow t : topology.targets()) {
                LatestReading w = power.get(t.id());
                Double a = maxPhase.get(t.id());
                Map<Integer, Double> o = outlets.getOrDefault(t.id(), Map.of());
                if (w != null || a != null || !o.isEmpty()) {
                    out.put(t.id(), new PduDraw(t.id(), w == null ? null : w.value(), a, o));
                }
            }
            return out;
        }

        List<InletReading> inlets() {
            Map<Long, LatestReading> temps = current(Metrics.SENSOR_TEMP_C, TargetRole.PDU, TargetRole.SENSOR);
            Map<Long, LatestReading> humidity = current(Metrics.SENSOR_HUMIDITY_PCT, TargetRole.PDU, TargetRole.SENSOR);
            List<InletReading> out = new ArrayList<>();
            for (TargetRow t : topology.targets()) {
                LatestReading temp = temps.get(t.id());
                LatestReading rh = humidity.get(t.id());
                if (temp == null && rh == null) {
                    continue;
                }
                Double tempC = temp == null ? null : oneDecimal(temp.value());
                Double rhPct = rh == null ? null : oneDecimal(rh.value());
                Instant at = temp == null ? rh.at() : rh == null || temp.at().isAfter(rh.at()) ? temp.at() : rh.at();
                out.add(new InletReading(t.id(), t.name(), t.roomId(), t.cabinetId(), tempC,
                        Envelope.of(tempC, settings.inletLowC(), settings.inletHighC()), rhPct,
                        Envelope.of(rhPct, settings.humidityLowPct(), settings.humidityHighPct()), at));
            }
            return out;
        }

        SiteLoad site(SiteRow site) {
            List<RoomLoad> rooms = new ArrayList<>();
            BigDecimal design = designPue(site);
            for (RoomRow r : topology.rooms()) {
                rooms.add(room(r, design));
            }
            // The site's IT load is its rooms' plus the PDUs in no room, summed from the rounded parts, so that the
            // figures people compare add up to the watt.
            Aggregate notInRoom = itLoad(t -> t.roomId() == null);
            long itW = notInRoom.watts;
            Instant itAt = notInRoom.oldest;
            for (RoomLoad r : rooms) {
                itW += r.itW();
                itAt = oldest(itAt, r.itAt());
            }
            Facility facility = facility(t -> true, itW, design);
            long contracted = topology.cabinets().stream().mapToLong(CabinetRow::contractedW).sum();
            return new SiteLoad(site.id(), site.name(), itW, itAt, notInRoom.watts, notInRoom.targets, facility.watts,
                    facility.source, facility.oldest, facility.complete(), facility.missing,
                    pue(facility, itW), design, contracted, rooms);
        }

        RoomLoad room(RoomRow room, BigDecimal designPue) {
            Predicate<TargetRow> inRoom = t -> t.roomId() != null && t.roomId() == room.id();
            Aggregate it = itLoad(inRoom);
            Facility facility = facility(inRoom, it.watts, designPue);
            long contracted = 0;
            int cabinets = 0;
            for (CabinetRow c : topology.cabinets()) {
                if (c.roomId() == room.id()) {
                    contracted += c.contractedW();
                    cabinets++;
                }
            }
            Map<Long, LatestReading> power = current(Metrics.PDU_POWER_W, TargetRole.PDU);
            long measuredCabinets = topology.targets().stream()
                    .filter(t -> inRoom.test(t) && t.cabinetId() != null && power.containsKey(t.id()))
                    .map(TargetRow::cabinetId).distinct().count();
            return new RoomLoad(room.id(), room.name(), room.siteId(), it.watts, it.oldest, it.targets, it.reporting,
                    facility.watts, facility.source, facility.oldest, facility.complete(), facility.missing,
                    pue(facility, it.watts), contracted, cabinets, (int) measuredCabinets);
        }

        /** Facility over IT; none without IT load, nor from a facility sum that lacks some of its parts. */
        private BigDecimal pue(Facility facility, long itWatts) {
            return itWatts > 0 && facility.complete() ? ratio(facility.watts, itWatts) : null;
        }

        private Aggregate itLoad(Predicate<TargetRow> in) {
            return aggregate(in, TargetRole.PDU, Metrics.PDU_POWER_W);
        }

        private Facility facility(Predicate<TargetRow> in, long itWatts, BigDecimal designPue) {
            FacilitySource source = facilitySource(topology.targets(), in);
            return switch (source) {
                case METERS -> measuredFacility(source, in, TargetRole.METER, Metrics.SENSOR_POWER_W);
                case UPS_INPUT -> measuredFacility(source, in, TargetRole.UPS, Metrics.UPS_INPUT_POWER_W);
                case DESIGN_PUE -> new Facility(source,
                        BigDecimal.valueOf(itWatts).multiply(designPue).setScale(0, RoundingMode.HALF_UP).longValue(),
                        null, List.of());
            };
        }

        /** The sum of the role's current readings, with every target of the role that has none named as a gap. */
        private Facility measuredFacility(FacilitySource source, Predicate<TargetRow> in, TargetRole role,
                                          String metric) {
            Aggregate sum = aggregate(in, role, metric);
            Map<Long, LatestReading> current = current(metric, role);
            List<TargetRow> silent = topology.targets().stream()
                    .filter(t -> t.role() == role && in.test(t) && !current.containsKey(t.id())).toList();
            List<FacilityGap> missing = new ArrayList<>(silent.size());
            if (!silent.isEmpty()) {
                // Only for the few without a current reading: when they last had one, if in the last hours.
                Map<Long, LatestReading> older = readings.latest(silent.stream().map(TargetRow::id).toList(), metric);
                for (TargetRow t : silent) {
                    LatestReading last = older.get(t.id());
                    missing.add(FacilityGap.of(t.id(), t.name(), role, metric, last == null ? null : last.at()));
                }
            }
            return new Facility(source, sum.watts, sum.oldest, missing);
        }

        private Aggregate aggregate(Predicate<TargetRow> in, TargetRole role, String metric) {
            Map<Long, LatestReading> current = current(metric, role);
            Sum sum = new Sum();
            int targets = 0;
            for (TargetRow t : topology.targets()) {
                if (t.role() == role && in.test(t)) {
                    targets++;
                    sum.add(current.get(t.id()));
                }
            }
            return new Aggregate(Math.round(sum.total), sum.oldest, targets, sum.count);
        }
    }

    private static final class Sum {
        double total;
        int count;
        Instant oldest;

        void add(LatestReading r) {
            if (r == null) {
                return;
            }
            total += r.value();
            count++;
            if (oldest == null || r.at().isBefore(oldest)) {
                oldest = r.at();
            }
        }
    }

    private record Aggregate(long watts, Instant oldest, int targets, int reporting) {
    }

    private record Facility(FacilitySource source, long watts, Instant oldest, List<FacilityGap> missing) {
        boolean complete() {
            return missing.isEmpty();
        }
    }

    private static Instant oldest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
