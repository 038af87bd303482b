package io.dcim.inventory.demo;

import io.dcim.common.audit.Actor;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.Lease;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.CabinetContents;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.gpu.Gpu;
import io.dcim.inventory.port.DevicePorts;
import io.dcim.inventory.port.Port;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo site into an empty database, in one transaction so that an interrupted
 * seed leaves nothing behind and a restart does not duplicate it. Every cabinet is filled
 * through {@link CabinetContents}, the same rack rules the device service applies, so the
 * demo never shows a state the product would refuse.
 */
public final class DemoSiteLoader {

    public static final String SITE_NAME = "Inner Mongolia AI Computing Base";
    private static final Logger log = LoggerFactory.getLogger(DemoSiteLoader.class);
    private static final int FLUSH_EVERY = 2_000;
    private static final LocalDate LIVE_SINCE = LocalDate.of(2024, 5, 15);
    private static final String PROVIDER = "Northern Cloud IDC";
    /**
     * Seven GPU cabinets in ten serve a tenant (the rest is the spare capacity DOMAIN.md
     * describes), split about 40/30/30 between universities, institutes and enterprises.
     */
    private static final int[] TENANT_BY_SLOT = {0, 1, 0, 2, 3, 4, 5};

    private final Database db;
    private final CatalogService catalog;

    public DemoSiteLoader(Database db, CatalogService catalog) {
        this.db = db;
        this.catalog = catalog;
    }

    /** Seeds when the database has no site yet; returns whether it did. */
    public boolean seedIfEmpty(DemoScale scale) {
        if (scale == DemoScale.OFF) {
            return false;
        }
        catalog.ensureReferenceData();
        boolean seeded = Actor.as(Actor.DEMO_LOADER, () -> db.inTransaction(session -> {
            Long sites = session.createQuery("select count(s) from Site s", Long.class).getSingleResult();
            if (sites > 0) {
                log.info("Demo data not seeded: the database already holds {} site(s)", sites);
                return false;
            }
            long started = System.nanoTime();
            Counts counts = new Seeding(session, scale, models(session), tenants(session)).run();
            log.info("Seeded the {} demo: {} cabinets, {} devices, {} GPUs, {} ports, {} cables in {} ms",
                    scale.name().toLowerCase(), counts.cabinets, counts.devices, counts.gpus, counts.ports, counts.cables,
                    (System.nanoTime() - started) / 1_000_000);
            return true;
        }));
        if (seeded) {
            // Fresh statistics, or the planners treat the just-filled tables as empty (PostgreSQL until
            // autovacuum runs, H2 until enough later changes trigger its own analysis).
            // Only this schema's filled tables: a database-wide ANALYZE would lock every other schema's too.
            db.execute(session -> {
                for (String table : List.of("cabinet", "device", "gpu", "cabinet_row", "room", "port", "cable", "cable_end")) {
                    session.createNativeMutationQuery((db.kind() == DatabaseKind.H2 ? "analyze table " : "analyze ") + table)
                            .executeUpdate();
                }
            });
        }
        return seeded;
    }

    private static Map<String, DeviceModel> models(Session session) {
        return session.createQuery("select m from DeviceModel m left join fetch m.defaultGpuModel", DeviceModel.class)
                .getResultList().stream().collect(Collectors.toMap(DeviceModel::getModel, Function.identity()));
    }

    private static List<Tenant> tenants(Session session) {
        List<Tenant> tenants = List.of(
                new Tenant("Northern University AI Lab", TenantKind.UNIVERSITY),
                new Tenant("Inner Mongolia University", TenantKind.UNIVERSITY),
                new Tenant("Institute of Computing Research", TenantKind.RESEARCH_INSTITUTE),
                new Tenant("National Climate Modelling Centre", TenantKind.RESEARCH_INSTITUTE),
                new Tenant("Beichen Language Models Ltd", TenantKind.ENTERPRISE),
                new Tenant("Qingyun Robotics Ltd", TenantKind.ENTERPRISE));
        tenants.forEach(session::persist);
        return tenants;
    }

    record Counts(int cabinets, int devices, int gpus, int ports, int cables) {
    }

    /** One seeding run: walks halls, rows and cabinets and fills each by its role. */
    private static final class Seeding {

        private final Session session;
        private final DemoScale scale;
        private final Map<String, DeviceModel> models;
        private final List<Tenant> tenants;
        /** Each model's templates read once; ports written in JDBC batches at the checkpoints. */
        private final DevicePorts devicePorts = DevicePorts.batched();
        private DemoFabric fabric;
        private int ports;
        private final Map<String, Integer> tagNumbers = new java.util.HashMap<>();
        private int cabinets;
        private int devices;
        private int gpus;
        private int gpuCabinets;
        private int pending;

        Seeding(Session session, DemoScale scale, Map<String, DeviceModel> models, List<Tenant> tenants) {
            this.session = session;
            this.scale = scale;
            this.models = models;
            this.tenants = tenants;
        }

        Counts run() {
            Site site = new Site(SITE_NAME, ZoneId.of("Asia/Shanghai"), new BigDecimal("0.2620"), new BigDecimal("1.25"));
            site.setProvider(PROVIDER);
            site.setCity("Ulanqab, Inner Mongolia");
            site.setLiveSince(LIVE_SINCE);
            session.persist(site);
            fabric = new DemoFabric(session, site, scale.rowsPerRoom);
            for (int r = 1; r <= scale.rooms; r++) {
                fabric.newHall();
                Room room = new Room(site, "Hall " + r);
                session.persist(room);
                floorUnits(room, "Liebert EXL S1 500kVA", "UPS", 2);
                for (int w = 0; w < scale.rowsPerRoom; w++) {
                    CabinetRow row = new CabinetRow(room, String.valueOf((char) ('A' + w)), w + 1);
                    session.persist(row);
                    floorUnits(room, "Liebert CRV in-row 30kW", "CRV", 1);
                    for (int p = 1; p <= scale.cabinetsPerRow; p++) {
                        cabinet(row, w, p);
                    }
                }
            }
            checkpoint();
            return new Counts(cabinets, devices, gpus, ports, fabric.cables());
        }

        private void cabinet(CabinetRow row, int rowIndex, int position) {
            Cabinet cabinet = new Cabinet(row, String.format("%s%02d", row.getName(), position), position);
            cabinet.setLease(new Lease(PROVIDER, new BigDecimal("9800.00"), LIVE_SINCE, LIVE_SINCE.plusYears(5).minusDays(1)));
            CabinetContents contents = new CabinetContents(cabinet, List.of());
            List<Device> placed = new ArrayList<>();
            List<Gpu> cards = new ArrayList<>();
            place(contents, placed, "AP8886 Rack PDU 2G 3-phase 32A", "PDU", null, Face.SIDE, null);
            place(contents, placed, "AP8886 Rack PDU 2G 3-phase 32A", "PDU", null, Face.SIDE, null);
            boolean lastInRow = position == scale.cabinetsPerRow;
            if (position == 1) {
                networkCabinet(contents, placed, rowIndex);
            } else if (lastInRow && rowIndex % 2 == 0) {
                storageCabinet(contents, placed);
            } else if (!lastInRow && !(scale.leavesGrowthSpace && (rowIndex + position) % 7 == 0)) {
                gpuCabinet(contents, placed, cards);
            }
            contents.updateOccupancy();
            session.persist(cabinet);
            placed.forEach(session::persist);
            cards.forEach(session::persist);
            int added = ports(placed, rowIndex, position == 1);
            cabinets++;
            devices += placed.size();
            gpus += cards.size();
            flushNow(1 + placed.size() + cards.size() + added);
        }

        /**
         * The placed devices' ports from their models' templates, and the IB fabric's cables among
         * them; returns the entities this adds to the session (the cables and their ends: ports are
         * written apart).
         */
        private int ports(List<Device> placed, int rowIndex, boolean networkCabinet) {
            int before = 3 * fabric.cables();
            List<List<Port>> ibSwitches = new ArrayList<>();
            List<List<Port>> panels = new ArrayList<>();
            for (Device device : placed) {
                List<Port> built = devicePorts.addTo(session, device);
                ports += built.size();
                if (networkCabinet && device.getModel().getKind() == io.dcim.inventory.catalog.DeviceKind.PATCH_PANEL) {
                    panels.add(built);
                } else if (networkCabinet && device.getModel().getModel().startsWith("Quantum-2")) {
                    ibSwitches.add(built);
                } else if (device.getModel().getModel().startsWith("PowerEdge XE9680")) {
                    fabric.server(built);
                }
            }
            if (networkCabinet) {
                fabric.networkCabinet(rowIndex, ibSwitches, panels);
            }
            return 3 * fabric.cables() - before;
        }

        private void gpuCabinet(CabinetContents contents, List<Device> placed, List<Gpu> cards) {
            int kind = gpuCabinets++ % 3;
            int slot = gpuCabinets % 10;
            Tenant tenant = slot < TENANT_BY_SLOT.length ? tenants.get(TENANT_BY_SLOT[slot]) : null;
            String model = switch (kind) {
                case 0 -> "PowerEdge XE9680 8x H100 SXM5";
                case 1 -> "SYS-421GE-TNRT 8x RTX 4090";
                default -> "UniServer R5500 G5 8x A800";
            };
            int servers = kind == 0 ? 1 : kind == 1 ? 3 : 2;
            int height = models.get(model).getHeightU();
            for (int s = 0; s < servers; s++) {
                LifecycleStatus status = (gpuCabinets + s) % 50 == 0 ? LifecycleStatus.MAINTENANCE : LifecycleStatus.IN_SERVICE;
                Device server = place(contents, placed, model, "SRV", 2 + s * height, Face.FRONT, status);
                server.setTenant(tenant);
                fitGpus(server, cards);
            }
            place(contents, placed, "S6850-56HF leaf 48x25G 8x100G", "SW", 42, Face.FRONT, null);
        }

        private void fitGpus(Device server, List<Gpu> cards) {
            DeviceModel model = server.getModel();
            int inService = 0;
            int allocated = 0;
            for (int slot = 0; slot < model.getGpuSlots(); slot++) {
                int n = gpus + cards.size() + 1;
                GpuStatus status = n % 97 == 0 ? GpuStatus.FAULTY : GpuStatus.IN_SERVICE;
                Gpu gpu = new Gpu(String.format("GPU%09d", n), model.getDefaultGpuModel(), status);
                gpu.fitInto(server, slot);
                gpu.setTenant(status == GpuStatus.IN_SERVICE ? server.getTenant() : null);
                cards.add(gpu);
                inService += status == GpuStatus.IN_SERVICE ? 1 : 0;
                allocated += gpu.getTenant() != null ? 1 : 0;
            }
            server.setGpuCounts(model.getGpuSlots(), inService, allocated);
        }

        /** Switches, and the fabric's patch panels above them: row A's take a trunk from each leaf row. */
        private void networkCabinet(CabinetContents contents, List<Device> placed, int rowIndex) {
            place(contents, placed, "Spectrum SN5600 spine 64x800G", "SW", 20, Face.FRONT, null);
            place(contents, placed, "Spectrum SN5600 spine 64x800G", "SW", 22, Face.FRONT, null);
            place(contents, placed, "Quantum-2 QM9700 64x NDR", "SW", 24, Face.FRONT, null);
            place(contents, placed, "Quantum-2 QM9700 64x NDR", "SW", 25, Face.FRONT, null);
            int panels = rowIndex == 0 ? DemoFabric.spinePanels(scale.rowsPerRoom) : 1;
            for (int i = 0; i < panels; i++) {
                place(contents, placed, "EDGE patch panel 1U 24x LC 4x MPO-12", "PP", 30 + i, Face.FRONT, null);
            }
        }

        private void storageCabinet(CabinetContents contents, List<Device> placed) {
            for (int i = 0; i < 4; i++) {
                place(contents, placed, "OceanStor Dorado 5000 V6", "STO", 10 + 2 * i, Face.FRONT, null);
            }
            place(contents, placed, "UniServer R4900 G5", "SRV", 20, Face.FRONT, null);
        }

        private Device place(CabinetContents contents, List<Device> placed, String model, String prefix,
                Integer positionU, Face face, LifecycleStatus status) {
            DeviceModel deviceModel = models.get(model);
            Device device = newDevice(deviceModel, prefix, status == null ? LifecycleStatus.IN_SERVICE : status);
            contents.checkSpace(device, deviceModel, positionU, face);
            contents.checkPower(device, deviceModel, device.getStatus(), false);
            device.placeIn(contents.cabinet(), positionU, face);
            contents.add(device);
            placed.add(device);
            return device;
        }

        private void floorUnits(Room room, String model, String prefix, int count) {
            for (int i = 0; i < count; i++) {
                Device unit = newDevice(models.get(model), prefix, LifecycleStatus.IN_SERVICE);
                unit.placeOnFloor(room);
                session.persist(unit);
                ports += devicePorts.addTo(session, unit).size();
                devices++;
            }
        }

        private Device newDevice(DeviceModel model, String prefix, LifecycleStatus status) {
            int n = tagNumbers.merge(prefix, 1, Integer::sum);
            String tag = String.format("IM-%s-%06d", prefix, n);
            String serial = String.format("%s%s%07d", model.getManufacturer().substring(0, 2).toUpperCase(), prefix, n);
            return new Device(tag, serial, model, status);
        }

        /** Keeps the session small: write what is pending in JDBC batches and forget it. */
        private void flushNow(int added) {
            pending += added;
            if (pending >= FLUSH_EVERY) {
                checkpoint();
            }
        }

        /** Devices first, then their ports, then the fabric's cables into those ports, each after what it points at. */
        private void checkpoint() {
            devicePorts.write(session);
            fabric.persistPending();
            session.flush();
            session.clear();
            pending = 0;
        }
    }
}
