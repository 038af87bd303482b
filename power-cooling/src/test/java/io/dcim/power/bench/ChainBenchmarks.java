package io.dcim.power.bench;

import io.dcim.power.chain.ChainSnapshot;
import io.dcim.power.chain.ChainSnapshot.CabinetNode;
import io.dcim.power.chain.ChainSnapshot.DeviceNode;
import io.dcim.power.chain.ChainSnapshot.FeedNode;
import io.dcim.power.chain.ChainSnapshot.PanelNode;
import io.dcim.power.chain.ChainSnapshot.SourceNode;
import io.dcim.power.chain.FailoverAnalysis;
import io.dcim.power.chain.SinglePoint;
import io.dcim.power.chain.SourceKind;
import io.dcim.power.endpoint.Feed;
import io.dcim.testing.BenchScale;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The single-points-of-failure answer for the flagship site in memory: 10 halls x 20 rows x 20 cabinets, a UPS-A
 * and UPS-B per hall, a panel per row and side, two metered three-phase feeds per cabinet (8,000), 1.8 GPU
 * servers a cabinet on average (7,200, 4+4 supplies) and two 1+1 switches a cabinet (8,000): 20 + 400 + 8,000
 * elements failed in turn. What the database load of such a chain costs is not in this figure.
 * {@code -Dbench=chain} picks it.
 */
public final class ChainBenchmarks {

    public static void main(String[] args) {
        if (!Benchmarks.selected("chain")) {
            return;
        }
        ChainSnapshot snapshot = flagship();
        FailoverAnalysis warm = new FailoverAnalysis(snapshot);
        warm.singlePointsOfFailure();
        var threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= BenchScale.pick(3, 1); run++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            List<SinglePoint> all = new FailoverAnalysis(snapshot).singlePointsOfFailure();
            long wallMs = (System.nanoTime() - started) / 1_000_000;
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            long single = all.stream().filter(SinglePoint::singlePoint).count();
            System.out.printf("chain: %,d elements (%,d feeds, %,d devices) failed in turn in %,d ms wall, %,d ms CPU;"
                    + " %,d single points%n", all.size(), snapshot.feeds().size(), snapshot.devices().size(), wallMs,
                    cpuMs, single);
        }
    }

    static ChainSnapshot flagship() {
        List<SourceNode> sources = new ArrayList<>();
        List<PanelNode> panels = new ArrayList<>();
        List<FeedNode> feeds = new ArrayList<>();
        List<DeviceNode> devices = new ArrayList<>();
        List<CabinetNode> cabinets = new ArrayList<>();
        long id = 1;
        long cabinetId = 0;
        long deviceId = 0;
        for (int hall = 0; hall < 10; hall++) {
            long upsA = id++;
            long upsB = id++;
            sources.add(new SourceNode(upsA, "H" + hall + " UPS-A", SourceKind.UPS, 8_000_000));
            sources.add(new SourceNode(upsB, "H" + hall + " UPS-B", SourceKind.UPS, 8_000_000));
            for (int row = 0; row < 20; row++) {
                long panelA = id++;
                long panelB = id++;
                panels.add(new PanelNode(panelA, "H" + hall + "R" + row + "-A", upsA));
                panels.add(new PanelNode(panelB, "H" + hall + "R" + row + "-B", upsB));
                for (int c = 0; c < 20; c++) {
                    long cab = ++cabinetId;
                    cabinets.add(new CabinetNode(cab, "H" + hall + "R" + row + "C" + c, 20_000));
                    long a = id++;
                    long b = id++;
                    double watts = 5_000 + (cab % 7) * 500;
                    feeds.add(new FeedNode(a, "F" + a, panelA, cab, Feed.A, 3, 400, 32, watts,
                            watts / (400 * Math.sqrt(3))));
                    feeds.add(new FeedNode(b, "F" + b, panelB, cab, Feed.B, 3, 400, 32, watts,
                            watts / (400 * Math.sqrt(3))));
                    int servers = cab % 5 == 0 ? 1 : 2;
                    for (int s = 0; s < servers; s++) { // 3,200 cabinets of two, 800 of one: 7,200
                        devices.add(new DeviceNode(++deviceId, "gpu-" + deviceId, cab, 8_700, null, 4,
                                List.of(a, b, a, b, a, b, a, b)));
                    }
                    for (int s = 0; s < 2; s++) {
                        devices.add(new DeviceNode(++deviceId, "sw-" + deviceId, cab, 300, null, 1, List.of(a, b)));
                    }
                }
            }
        }
        return new ChainSnapshot(1, 80, sources, panels, feeds, devices, cabinets);
    }
}
