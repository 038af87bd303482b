package io.dcim.inventory.bench;

import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableReader;
import io.dcim.inventory.cabinet.CabinetService;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.SiteService;
import io.dcim.inventory.transfer.DeviceColumns;
import io.dcim.inventory.transfer.DeviceImport;
import io.dcim.inventory.transfer.ImportReport;
import io.dcim.testing.BenchScale;
import io.dcim.testing.BenchTimer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Imports 10,000 device rows (2,000 8-GPU servers with their 16,000 cards and 8,000 switches)
 * into a new hall of 2,000 empty cabinets next to the full demo: parse, check, then write.
 */
final class ImportBenchmark {

    private static final int CABINETS = BenchScale.pick(2_000, 10);
    private static final int SWITCHES_PER_CABINET = 4;

    private ImportBenchmark() {
    }

    static void run(String name, Database db, long siteId, String siteName) {
        Room room = new SiteService(db).createRoom(siteId, "Bench Hall");
        CabinetRow row = new SiteService(db).createRow(room.getId(), "Z", 1);
        CabinetService cabinets = new CabinetService(db);
        StringBuilder csv = new StringBuilder(String.join(",", DeviceColumns.ALL)).append('\n');
        for (int c = 1; c <= CABINETS; c++) {
            String cabinet = String.format("Z%04d", c);
            cabinets.create(new NewCabinet(row.getId(), cabinet, c, null, null, null));
            StringBuilder gpus = new StringBuilder();
            for (int g = 0; g < 8; g++) {
                gpus.append(g == 0 ? "" : ";").append(String.format("BG%05d%d", c, g));
            }
            line(csv, "BS" + c, "Dell PowerEdge XE9680 8x H100 SXM5", siteName, cabinet, 2, gpus.toString());
            for (int s = 0; s < SWITCHES_PER_CABINET; s++) {
                line(csv, "BW" + c + "-" + s, "H3C S6850-56HF leaf 48x25G 8x100G", siteName, cabinet, 39 + s, "");
            }
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        DeviceService devices = new DeviceService(db, Clock.systemUTC());
        DeviceImport importer = new DeviceImport(db, devices, new GpuService(db));

        long start = System.nanoTime();
        Table table = new TableReader(100_000).read(file);
        double parse = seconds(start);
        start = System.nanoTime();
        long cpu = BenchTimer.threadCpuNanos();
        ImportReport checked = importer.check(table, done -> { });
        double check = seconds(start);
        double checkCpu = BenchTimer.cpuSecondsSince(cpu);
        start = System.nanoTime();
        cpu = BenchTimer.threadCpuNanos();
        ImportReport written = importer.apply(table, done -> { });
        double apply = seconds(start);
        double applyCpu = BenchTimer.cpuSecondsSince(cpu);
        if (!written.written()) {
            throw new IllegalStateException("benchmark import failed: " + written.problems().subList(0, 3));
        }
        long ports = db.read(s -> s.createQuery("select count(p) from Port p where p.device.room.id = :r", Long.class)
                .setParameter("r", room.getId()).getSingleResult());
        System.out.printf("%s: device import of %,d rows (%,d devices, %,d ports, %,d GPUs, %,d KB CSV): parse %.2f s, check %.1f s"
                        + " (%.1f s CPU in this thread), import %.1f s (%.1f s CPU; %,.0f rows/s)%n", name, table.rows().size(),
                written.devices(), ports, written.gpus(), file.length / 1024, parse, check, checkCpu, apply, applyCpu,
                table.rows().size() / apply);
        if (checked.devices() != written.devices()) {
            throw new IllegalStateException("check and import disagree");
        }
    }

    private static void line(StringBuilder csv, String tag, String model, String site, String cabinet, int u, String gpus) {
        csv.append(tag).append(",SN-").append(tag).append(",,").append(model).append(",INSTALLED,").append(site)
                .append(",Bench Hall,").append(cabinet).append(',').append(u).append(",FRONT,,").append(gpus).append(",\n");
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
