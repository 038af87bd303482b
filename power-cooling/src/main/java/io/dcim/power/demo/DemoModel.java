package io.dcim.power.demo;

import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.power.demo.DemoInventory.CabinetInfo;
import io.dcim.power.demo.DemoInventory.GpuServer;
import io.dcim.power.demo.DemoInventory.Monitored;
import io.dcim.power.demo.DemoInventory.RowInfo;
import io.dcim.power.profile.Metrics;
import io.dcim.power.snmp.simulator.MetricSignal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The physics of the demo, from the inventory: what every PDU, UPS and cooling unit reads at any instant.
 *
 * <ul>
 *   <li>A cabinet draws its devices' typical watts, except its GPU servers: idle GPUs draw under half their
 *       typical power, allocated ones between typical and rated depending on how hard the tenant's job runs
 *       (a fixed intensity per cabinet). Times a daily pattern (+-6 %, peak mid-afternoon in the site's zone)
 *       and a little noise. Each device's supplies share its draw evenly; a PDU reads the outlets its supplies
 *       are plugged into (as recorded in the demo's chain, {@link Outlet}) plus an even share of what no outlet
 *       of the chain accounts for, and outlet n sits on phase ((n - 1) mod 3) + 1, so the outlets add up to the
 *       phases and the phases to the PDU. Without recorded outlets its PDUs split the draw evenly.</li>
 *   <li>Each of a room's UPSes draws its share of the room's IT load times the site's design PUE give or take
 *       2 % (conversion losses plus the facility overhead it stands for), so the measured PUE is about the
 *       design PUE; it delivers the IT share.</li>
 *   <li>A row's cooling unit removes the row's heat: supply and return temperatures and fan speed follow the
 *       row's load.</li>
 *   <li>A cabinet's inlet (its PDUs' probes) sits at 22-26 °C following its load; a few cabinets (one in 25,
 *       fixed) run hot, past 27 °C.</li>
 *   <li>A GPU server's BMC reports the server's own part of its cabinet's draw (same daily pattern and noise, so
 *       the cabinet's PDUs read the sum of its servers plus its other devices), and each card a share of
 *       {@value #GPU_SHARE} of the server's draw (an H100's 700 W of the 1,275 W all-in per GPU), weighted by
 *       whether a tenant holds the card (1), it idles (0.45) or it is faulty (0).</li>
 * </ul>
 * Values are deterministic in (device, time) so the UPS sees exactly the sum of the PDUs it feeds.
 */
final class DemoModel {

    private static final double VOLTS = 230;
    private static final int PHASES = 3;
    private static final Instant METERING_SINCE = Instant.parse("2024-05-15T00:00:00Z");
    private static final double UPS_RATING_W = 450_000; // 500 kVA at power factor 0.9
    /** The GPUs' part of a GPU server's draw: 700 W TDP of the 1,275 W all-in per H100 (DOMAIN.md). */
    static final double GPU_SHARE = 0.55;
    private static final double IDLE_CARD_WEIGHT = 0.45;

    private final ZoneId zone;
    private final double designPue;
    private final Map<Long, Cabinet> cabinets = new HashMap<>();
    private final Map<Long, List<Cabinet>> cabinetsByRoom = new HashMap<>();
    private final Map<Long, List<Cabinet>> cabinetsByRow = new HashMap<>();
    private final Map<Long, Integer> upsPerRoom = new HashMap<>();
    /** Cooling unit device id to the row it cools. */
    private final Map<Long, Long> rowOfCooler = new HashMap<>();
    /** GPU server device id to its draw model. */
    private final Map<Long, Server> servers = new HashMap<>();

    /**
     * A PDU outlet of the demo's chain: the device whose supply is plugged into it, how many supplies that device has
     * plugged in (its draw split evenly over them) and its typical draw (the draw of a device other than a GPU
     * server).
     */
    record Outlet(int number, long deviceId, int deviceSupplies, int typicalW) {
    }

    DemoModel(DemoInventory inventory) {
        this(inventory, Map.of());
    }

    /** @param outlets by PDU device id, the outlets of it that the demo's chain plugs supplies into */
    DemoModel(DemoInventory inventory, Map<Long, List<Outlet>> outlets) {
        this.zone = inventory.site().zone();
        this.designPue = inventory.site().designPue() == null ? 1.25 : inventory.site().designPue().doubleValue();
        Map<Long, List<GpuServer>> servers = new HashMap<>();
        inventory.gpuServers().forEach(s -> servers.computeIfAbsent(s.cabinetId(), k -> new ArrayList<>()).add(s));
        Map<Long, Integer> pdus = new HashMap<>();
        for (Monitored d : inventory.devices()) {
            if (d.kind() == DeviceKind.PDU && d.cabinetId() != null) {
                pdus.merge(d.cabinetId(), 1, Integer::sum);
            } else if (d.kind() == DeviceKind.UPS) {
                upsPerRoom.merge(d.roomId(), 1, Integer::sum);
            }
        }
        Map<Long, List<Long>> pdusOf = new HashMap<>();
        inventory.devices().stream().filter(d -> d.kind() == DeviceKind.PDU && d.cabinetId() != null)
                .forEach(d -> pdusOf.computeIfAbsent(d.cabinetId(), k -> new ArrayList<>()).add(d.id()));
        for (CabinetInfo c : inventory.cabinets()) {
            Cabinet cabinet = new Cabinet(c, servers.getOrDefault(c.id(), List.of()), pdus.getOrDefault(c.id(), 1));
            for (GpuServer s : servers.getOrDefault(c.id(), List.of())) {
                this.servers.put(s.id(), new Server(cabinet, Cabinet.gpuDraw(s, cabinet.intensity)));
            }
            cabinet.plugOutlets(pdusOf.getOrDefault(c.id(), List.of()), outlets, this.servers);
            cabinets.put(c.id(), cabinet);
            cabinetsByRoom.computeIfAbsent(c.roomId(), k -> new ArrayList<>()).add(cabinet);
            cabinetsByRow.computeIfAbsent(c.rowId(), k -> new ArrayList<>()).add(cabinet);
        }
        assignCoolersToRows(inventory);
    }

    /** The k-th cooling unit of a room cools its k-th row (the demo loader places one per row). */
    private void assignCoolersToRows(DemoInventory inventory) {
        Map<Long, List<RowInfo>> rowsByRoom = new HashMap<>();
        inventory.rows().forEach(r -> rowsByRoom.computeIfAbsent(r.roomId(), k -> new ArrayList<>()).add(r));
        Map<Long, Integer> next = new HashMap<>();
        for (Monitored d : inventory.devices()) {
            if (d.kind() != DeviceKind.COOLING_UNIT) {
                continue;
            }
            List<RowInfo> rows = rowsByRoom.getOrDefault(d.roomId(), List.of());
            if (!rows.isEmpty()) {
                int k = next.merge(d.roomId(), 1, Integer::sum) - 1;
                rowOfCooler.put(d.id(), rows.get(k % rows.size()).id());
            }
        }
    }

    /** The signal a monitored device serves. */
    MetricSignal signal(Monitored device) {
        return switch (device.kind()) {
            case PDU -> (metric, instance, now) -> pdu(device, metric, instance, now);
            case UPS -> (metric, instance, now) -> ups(device, metric, now);
            default -> (metric, instance, now) -> cooler(device, metric, now);
        };
    }

    private double pdu(Monitored d, String metric, String instance, Instant now) {
        Cabinet c = d.cabinetId() == null ? null : cabinets.get(d.cabinetId());
        if (c == null) {
            return 0;
        }
        PduShare share = c.pdu(d.id());
        double factor = c.factor(now, this);
        return switch (metric) {
            case Metrics.PDU_POWER_W -> share.meanW() * factor;
            case Metrics.PDU_ENERGY_WH -> share.meanW() * Duration.between(METERING_SINCE, now).toSeconds() / 3600.0;
            case Metrics.PDU_PHASE_CURRENT_A -> share.phaseW(instance) * factor / VOLTS;
            case Metrics.PDU_PHASE_POWER_W -> share.phaseW(instance) * factor;
            case Metrics.PDU_OUTLET_POWER_W -> share.outletW(instance) * factor;
            case Metrics.PDU_PHASE_VOLTAGE_V -> VOLTS;
            case Metrics.SENSOR_TEMP_C -> c.inletC(now, this);
            case Metrics.SENSOR_HUMIDITY_PCT -> 42 - 50 * daily(now) + noise(c.id + 31, now, 1.0); // drier when warmer
            default -> 0;
        };
    }

    private double ups(Monitored d, String metric, Instant now) {
        double share = roomWatts(d.roomId(), now) / upsPerRoom.getOrDefault(d.roomId(), 1);
        double input = share * designPue * (1 + 0.02 * Math.sin(now.getEpochSecond() / 3_600.0 + d.id()));
        return switch (metric) {
            case Metrics.UPS_INPUT_POWER_W -> input;
            case Metrics.UPS_INPUT_CURRENT_A -> input / PHASES / VOLTS;
            case Metrics.UPS_OUTPUT_POWER_W -> share;
            case Metrics.UPS_OUTPUT_LOAD_PCT -> 100 * share / UPS_RATING_W;
            case Metrics.UPS_BATTERY_CHARGE_PCT -> 100;
            case Metrics.UPS_BATTERY_RUNTIME_MIN -> Math.max(5, 40 * (1 - share / UPS_RATING_W));
            case Metrics.UPS_BATTERY_TEMP_C -> 24;
            default -> 0;
        };
    }

    private double cooler(Monitored d, String metric, Instant now) {
        Long row = rowOfCooler.get(d.id());
        List<Cabinet> cooled = row == null ? List.of() : cabinetsByRow.getOrDefault(row, List.of());
        double load = 0;
        double contracted = 0;
        for (Cabinet c : cooled) {
            load += c.watts(now, this);
            contracted += c.contractedW;
        }
        double factor = contracted == 0 ? 0 : load / contracted;
        return switch (metric) {
            case Metrics.COOLING_SUPPLY_TEMP_C -> 18 + 1.5 * factor;
            case Metrics.COOLING_RETURN_TEMP_C -> 18 + 1.5 * factor + 8 + 6 * factor;
            case Metrics.COOLING_FAN_PCT -> 35 + 55 * factor;
            case Metrics.COOLING_CAPACITY_W -> load;
            case Metrics.COOLING_WATER_SUPPLY_TEMP_C -> 12 + factor;
            default -> 0;
        };
    }

    /**
     * A PDU's or UPS's mean {@code pdu.power.w} or {@code ups.input.power.w} over whole days of the site's zone: the
     * daily swing and the noise average out (what a month of its hourly buckets adds up to); 0 for other metrics.
     */
    double meanWatts(Monitored d, String metric) {
        if (d.kind() == DeviceKind.PDU && Metrics.PDU_POWER_W.equals(metric)) {
            Cabinet c = d.cabinetId() == null ? null : cabinets.get(d.cabinetId());
            return c == null ? 0 : c.pdu(d.id()).meanW();
        }
        if (d.kind() == DeviceKind.UPS && Metrics.UPS_INPUT_POWER_W.equals(metric)) {
            double room = cabinetsByRoom.getOrDefault(d.roomId(), List.of()).stream()
                    .mapToDouble(Cabinet::meanWatts).sum();
            return room / upsPerRoom.getOrDefault(d.roomId(), 1) * designPue;
        }
        return 0;
    }

    ZoneId zone() {
        return zone;
    }

    /** What a GPU server's BMC reports it draws now: its part of its cabinet's draw; 0 for an unknown server. */
    double serverWatts(long serverId, Instant now) {
        Server s = servers.get(serverId);
        return s == null ? 0 : s.meanW * (1 + daily(now)) * (1 + noise(s.cabinet.id, now, 0.015));
    }

    /**
     * What one card draws now: the server's GPU share, split by the cards' weights.
     *
     * @param weights each card's weight in slot order (held 1, idle {@value #IDLE_CARD_WEIGHT}, faulty 0)
     */
    double gpuWatts(long serverId, double[] weights, int card, Instant now) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        return total == 0 ? 0 : serverWatts(serverId, now) * GPU_SHARE * weights[card] / total;
    }

    /** A card's weight in its server's GPU draw. */
    static double cardWeight(boolean inService, boolean allocated) {
        return !inService ? 0 : allocated ? 1 : IDLE_CARD_WEIGHT;
    }

    double roomWatts(long roomId, Instant now) {
        double sum = 0;
        for (Cabinet c : cabinetsByRoom.getOrDefault(roomId, List.of())) {
            sum += c.watts(now, this);
        }
        return sum;
    }

    /** The daily swing around 1: -6 % at 03:00, +6 % at 15:00 in the site's zone. */
    double daily(Instant now) {
        double secondOfDay = now.atZone(zone).toLocalTime().toSecondOfDay();
        return 0.06 * Math.sin(2 * Math.PI * (secondOfDay / 86_400.0 - 0.375));
    }

    /** Deterministic noise in [-amplitude, amplitude], changing every 10 s. */
    static double noise(long seed, Instant now, double amplitude) {
        long h = (seed * 0x9E3779B97F4A7C15L) ^ (now.getEpochSecond() / 10) * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return amplitude * (((h >>> 11) * 0x1.0p-53) * 2 - 1);
    }

    /** A fixed pseudo-random fraction in [0, 1) per cabinet. */
    static double fraction(long seed, int salt) {
        long h = (seed + salt) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        return (h >>> 11) * 0x1.0p-53;
    }

    /** How many outlets the demo's chain plugs into the PDU: the rows its outlet table serves. */
    int outlets(long pduDeviceId, Long cabinetId) {
        Cabinet c = cabinetId == null ? null : cabinets.get(cabinetId);
        return c == null ? 0 : c.pdu(pduDeviceId).outletW().size();
    }

    /**
     * One PDU's part of its cabinet's mean draw: its outlets' (by number) and its share of what no outlet accounts
     * for; {@code phaseW} and {@code outletW} are means, times the cabinet's factor of the moment.
     */
    record PduShare(double meanW, double[] phaseMeanW, Map<Integer, Double> outletW) {

        /** The phase's mean draw; the whole PDU's split evenly for an instance that is no phase. */
        double phaseW(String phase) {
            int n = phase.isEmpty() ? 0 : Integer.parseInt(phase);
            return n >= 1 && n <= PHASES ? phaseMeanW[n - 1] : meanW / PHASES;
        }

        double outletW(String outlet) {
            return outlet.isEmpty() ? 0 : outletW.getOrDefault(Integer.parseInt(outlet), 0.0);
        }
    }

    /** A GPU server: its cabinet (for the daily pattern and noise) and its mean draw. */
    private record Server(Cabinet cabinet, double meanW) {
    }

    /** One cabinet's draw model. */
    private static final class Cabinet {
        final long id;
        final double intensity;
        final int contractedW;
        final int pdus;
        final double meanW;
        final double inletOffsetC;
        final boolean hot;
        /** By PDU device id; a PDU not in it (no outlets recorded) reads an even share. */
        final Map<Long, PduShare> pduShares = new HashMap<>();

        Cabinet(CabinetInfo info, List<GpuServer> servers, int pdus) {
            this.id = info.id();
            this.contractedW = info.contractedW();
            this.pdus = Math.max(1, pdus);
            this.intensity = 0.3 + 0.7 * fraction(info.id(), 1);
            double gpuTypical = 0;
            double gpuDraw = 0;
            for (GpuServer s : servers) {
                if (!s.status().drawsPower()) {
                    continue;
                }
                gpuTypical += s.typicalW();
                gpuDraw += gpuDraw(s, intensity);
            }
            this.meanW = Math.max(0, info.typicalW() - gpuTypical) + gpuDraw;
            this.inletOffsetC = -0.5 + 1.5 * fraction(info.id(), 2);
            this.hot = fraction(info.id(), 3) < 0.04;
        }

        /** A server's mean draw: idle cards under half their typical power, held ones by the job's intensity. */
        static double gpuDraw(GpuServer s, double intensity) {
            if (!s.status().drawsPower()) {
                return 0;
            }
            double allocated = s.gpus() == 0 ? 0 : (double) s.allocated() / s.gpus();
            return s.typicalW() * 0.45 * (1 - allocated)
                    + allocated * (s.typicalW() + (s.ratedW() - s.typicalW()) * intensity);
        }

        double meanWatts() {
            return meanW;
        }

        double watts(Instant now, DemoModel model) {
            return meanW * factor(now, model);
        }

        /** The daily pattern and noise every figure of the cabinet is multiplied by. */
        double factor(Instant now, DemoModel model) {
            return (1 + model.daily(now)) * (1 + noise(id, now, 0.015));
        }

        PduShare pdu(long pduDeviceId) {
            PduShare share = pduShares.get(pduDeviceId);
            return share != null ? share : new PduShare(meanW / pdus, evenPhases(meanW / pdus), Map.of());
        }

        /**
         * Each PDU's outlets carry their devices' supplies (a device's mean draw over its supplies); what the
         * outlets leave of the cabinet's draw (devices not in the chain) is split evenly over the PDUs and phases.
         */
        void plugOutlets(List<Long> pduIds, Map<Long, List<Outlet>> outlets, Map<Long, Server> servers) {
            if (pduIds.stream().noneMatch(outlets::containsKey)) {
                return;
            }
            Map<Long, Map<Integer, Double>> byPdu = new HashMap<>();
            double plugged = 0;
            for (long pdu : pduIds) {
                Map<Integer, Double> own = new java.util.TreeMap<>();
                for (Outlet o : outlets.getOrDefault(pdu, List.of())) {
                    Server server = servers.get(o.deviceId());
                    double deviceW = server != null ? server.meanW() : o.typicalW();
                    double w = deviceW / Math.max(1, o.deviceSupplies());
                    own.merge(o.number(), w, Double::sum);
                    plugged += w;
                }
                byPdu.put(pdu, own);
            }
            double rest = Math.max(0, meanW - plugged) / pduIds.size();
            for (long pdu : pduIds) {
                double[] phases = evenPhases(rest);
                double total = rest;
                for (Map.Entry<Integer, Double> e : byPdu.get(pdu).entrySet()) {
                    phases[(e.getKey() - 1) % PHASES] += e.getValue();
                    total += e.getValue();
                }
                pduShares.put(pdu, new PduShare(total, phases, Map.copyOf(byPdu.get(pdu))));
            }
        }

        private static double[] evenPhases(double watts) {
            double[] phases = new double[PHASES];
            java.util.Arrays.fill(phases, watts / PHASES);
            return phases;
        }

        double inletC(Instant now, DemoModel model) {
            double load = contractedW == 0 ? 0 : watts(now, model) / contractedW;
            return 21.5 + 3.0 * load + inletOffsetC + (hot ? 5.5 : 0) + noise(id + 17, now, 0.2);
        }
    }
}
