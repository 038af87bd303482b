package io.dcim.inventory.bench;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CablePaths;
import io.dcim.inventory.cable.CableQueries;
import io.dcim.inventory.cable.CableService;
import io.dcim.inventory.cable.CableStatus;
import io.dcim.inventory.cable.CableTrace;
import io.dcim.inventory.cable.CableType;
import io.dcim.inventory.cable.CablingCheck;
import io.dcim.inventory.cable.NewCable;
import io.dcim.inventory.cable.PortQueries;
import io.dcim.inventory.cable.SeenLink;
import io.dcim.inventory.fabric.FabricPlanner;
import io.dcim.inventory.fabric.FabricPrices;
import io.dcim.inventory.fabric.FabricRequest;
import io.dcim.inventory.fabric.Tiers;
import io.dcim.inventory.port.Connector;
import io.dcim.inventory.port.PortKind;
import io.dcim.testing.BenchScale;
import io.dcim.testing.BenchTimer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Connectivity at scale, after the demo is seeded (its fabric cabled): importing 100,000 cables
 * through the cable service in one batch (free ports of the site paired by kind, first half of
 * each kind's list against the second, so the two ends sit on different devices), then with the
 * site holding over 100,000 cables a cable list page, a device's ports, a trace, the whole site's cabling
 * check (installed, so the check expects every one of them; every device reporting what was recorded) and a
 * 57,600-GPU three-tier fabric plan. Smoke scale imports what the small demo has ports for.
 */
final class ConnectivityBenchmark {

    private static final int IMPORT = BenchScale.pick(100_000, 2_000);
    private static final int WARMUP = BenchScale.pick(30, 3);
    private static final int RUNS = BenchScale.pick(100, 5);
    /** The whole site's check takes seconds at full scale: a few runs give its median. */
    private static final int CHECK_RUNS = BenchScale.pick(5, 3);

    private ConnectivityBenchmark() {
    }

    static void run(String name, Database db, long siteId) {
        List<NewCable> cables = pairFreePorts(db);
        long start = System.nanoTime();
        long cpu = BenchTimer.threadCpuNanos();
        new CableService(db).connectAll(cables);
        System.out.printf("%s: imported %,d cables through the cable service in %.1f s (%.1f s CPU in this thread)%n", name,
                cables.size(), BenchTimer.secondsSince(start), BenchTimer.cpuSecondsSince(cpu));
        CableQueries list = new CableQueries(db);
        long total = list.page(CableFilter.all(), PageRequest.first(1, "label")).total();
        report(name, String.format("cable list page (50 of %,d, sorted by label, page 20)", total),
                () -> list.page(new CableFilter(siteId, null, null, null, null, null), new PageRequest(20, 50, "label", true)));
        long leaf = db.read(s -> s.createQuery("select p.device.id from Port p where p.kind = :k order by p.id", Long.class)
                .setParameter("k", PortKind.ETH_25G).setMaxResults(1).getSingleResult());
        report(name, "cable list page (one switch's cables, sorted by label)", () -> list.page(
                new CableFilter(siteId, null, leaf, null, null, null), PageRequest.first(50, "label")));
        PortQueries ports = new PortQueries(db);
        report(name, "a device's ports (" + ports.ofDevice(leaf).size() + ")", () -> ports.ofDevice(leaf));
        long nic = db.read(s -> s.createQuery("select e.port.id from CableEnd e where e.cable.type = :t order by e.id",
                Long.class).setParameter("t", CableType.AOC).setMaxResults(1).getSingleResult());
        CableTrace trace = new CableTrace(db);
        report(name, "trace from a server NIC", () -> trace.from(nic));
        List<CablePaths.Path> paths = new CablePaths(db).installed(siteId);
        List<String> reporting = paths.stream().map(CablePaths.Path::device).distinct().toList();
        List<SeenLink> seen = paths.stream().filter(CablePaths.Path::complete)
                .map(p -> new SeenLink(p.device(), p.port(), p.farDevice(), p.farPort())).toList();
        CablingCheck check = new CablingCheck(db);
        report(name, String.format("the whole site's cabling check (%,d paths, every device reporting)", paths.size()),
                () -> check.check(siteId, reporting, seen), CHECK_RUNS);
        FabricPlanner planner = new FabricPlanner(FabricPrices.shipped(400));
        report(name, "57,600-GPU three-tier fabric plan", () -> planner.plan(FabricRequest.superPod(57_600, Tiers.THREE)));
    }

    private static List<NewCable> pairFreePorts(Database db) {
        Map<PortKind, List<Long>> free = new EnumMap<>(PortKind.class);
        db.read(s -> {
            s.createQuery("select p.id, p.kind from Port p where not exists (select 1 from CableEnd e where e.port = p)"
                    + " order by p.id", Object[].class).getResultStream()
                    .forEach(row -> free.computeIfAbsent((PortKind) row[1], k -> new ArrayList<>()).add((Long) row[0]));
            return null;
        });
        List<NewCable> cables = new ArrayList<>();
        for (Map.Entry<PortKind, List<Long>> kind : free.entrySet()) {
            if (kind.getKey().isPassive()) {
                continue;
            }
            CableType type = kind.getKey().connector() == Connector.RJ45 ? CableType.CAT6 : CableType.DAC;
            List<Long> ids = kind.getValue();
            int half = ids.size() / 2;
            for (int i = 0; i < half && cables.size() < IMPORT; i++) {
                cables.add(NewCable.between(String.format("BENCH-%06d", cables.size() + 1), type, ids.get(i),
                        ids.get(half + i), CableStatus.INSTALLED));
            }
        }
        return cables;
    }

    private static void report(String database, String what, Supplier<?> work) {
        report(database, what, work, RUNS);
    }

    private static void report(String database, String what, Supplier<?> work, int runs) {
        double[] millis = BenchTimer.time(work, runs == RUNS ? WARMUP : 2, runs);
        System.out.printf("%s: %s: median %.2f ms, p95 %.2f ms (%d warm runs)%n", database, what, BenchTimer.median(millis),
                BenchTimer.p95(millis), millis.length);
    }
}
