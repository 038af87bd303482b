package io.dcim.inventory.gpu;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.tenant.Tenant;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.required;

/**
 * Registers cards, fits them into servers' slots and allocates them to tenants. A server
 * never holds more cards than it has slots: fitting a card claims the server's version, so
 * two people filling the last slot at once cannot both succeed.
 */
public final class GpuService {

    private static final int MAX_SERIAL_LENGTH = 64;

    private final Database db;
    private final VersionedStore<Gpu> store;

    public GpuService(Database db) {
        this.db = db;
        this.store = VersionedStore.named(db, Gpu.class, "GPU", Gpu::getVersion, Gpu::getSerial);
    }

    public Gpu find(long id) {
        return store.find(id);
    }

    /** The card as read at {@code expectedVersion}, in the caller's transaction. */
    public Gpu current(Session session, long id, int expectedVersion) {
        return store.current(session, id, expectedVersion);
    }

    public Gpu register(NewGpu request) {
        return db.inTransaction(session -> {
            GpuModel model = Lookup.referenced(session, GpuModel.class, request.gpuModelId(), "gpuModelId", "GPU model");
            if (request.status() == null) {
                throw new InvalidValueException("status", Message.of("common.field.required"));
            }
            String serial = required("serial", request.serial(), MAX_SERIAL_LENGTH);
            checkSerialsUnique(session, List.of(serial));
            Gpu gpu = new Gpu(serial, model, request.status());
            gpu.setTenant(tenant(session, request.tenantId()));
            if (request.serverId() != null) {
                fit(session, gpu, request.serverId(), request.slotIndex());
            }
            session.persist(gpu);
            recount(session, servers(gpu));
            return gpu;
        });
    }

    /**
     * Registers a server's cards in one go (receiving and imports): one uniqueness query, one
     * look at the free slots and one recount, instead of one of each per card.
     */
    public List<Gpu> registerAll(long serverId, List<String> serials, long gpuModelId, GpuStatus status, Long tenantId) {
        return db.inTransaction(session -> {
            GpuModel model = Lookup.referenced(session, GpuModel.class, gpuModelId, "gpuModelId", "GPU model");
            if (status == null) {
                throw new InvalidValueException("status", Message.of("common.field.required"));
            }
            List<String> checked = new ArrayList<>();
            for (String serial : serials) {
                checked.add(required("serial", serial, MAX_SERIAL_LENGTH));
            }
            checkSerialsUnique(session, checked);
            Tenant tenant = tenant(session, tenantId);
            Device server = Lookup.referenced(session, Device.class, serverId, "serverId", "device");
            BitSet taken = takenSlots(session, server, checked.size());
            List<Gpu> cards = new ArrayList<>();
            for (String serial : checked) {
                Gpu gpu = new Gpu(serial, model, status);
                gpu.setTenant(tenant);
                int slot = taken.nextClearBit(0);
                taken.set(slot);
                gpu.fitInto(server, slot);
                session.persist(gpu);
                cards.add(gpu);
            }
            recount(session, Set.of(server));
            return cards;
        });
    }

    /** Moves a card into a server slot (null slot: the first free one). */
    public Gpu fitInto(long gpuId, int expectedVersion, long serverId, Integer slotIndex) {
        return db.inTransaction(session -> {
            Gpu gpu = store.current(session, gpuId, expectedVersion);
            Set<Device> touched = servers(gpu);
            gpu.fitInto(null, null);
            session.flush();
            fit(session, gpu, serverId, slotIndex);
            touched.addAll(servers(gpu));
            recount(session, touched);
            return gpu;
        });
    }

    /** Takes a card out of its server onto the shelf as a spare. */
    public Gpu removeFromServer(long gpuId, int expectedVersion) {
        return db.inTransaction(session -> {
            Gpu gpu = store.current(session, gpuId, expectedVersion);
            Set<Device> touched = servers(gpu);
            gpu.fitInto(null, null);
            gpu.setStatus(GpuStatus.SPARE);
            recount(session, touched);
            return gpu;
        });
    }

    public Gpu changeStatus(long gpuId, int expectedVersion, GpuStatus status) {
        return db.inTransaction(session -> {
            Gpu gpu = store.current(session, gpuId, expectedVersion);
            if (status == GpuStatus.IN_SERVICE && gpu.getServer() == null) {
                throw new InvalidValueException("status", Message.of("inventory.gpu.onShelf", gpu.getSerial()));
            }
            gpu.setStatus(status);
            recount(session, servers(gpu));
            return gpu;
        });
    }

    /** Allocates (or, with a null tenant, frees) many cards in one transaction. */
    public int allocate(List<Long> gpuIds, Long tenantId) {
        return db.inTransaction(session -> {
            Tenant tenant = tenant(session, tenantId);
            List<Gpu> gpus = session.createQuery("select g from Gpu g where g.id in :ids", Gpu.class)
                    .setParameter("ids", gpuIds).getResultList();
            if (gpus.size() != gpuIds.stream().distinct().count()) {
                throw new InvalidValueException("gpuIds", Message.of("inventory.gpu.missing", gpuIds.size() - gpus.size()));
            }
            for (Gpu gpu : gpus) {
                if (tenant != null && gpu.getStatus() == GpuStatus.FAULTY) {
                    throw new ConflictException("gpuIds", Message.of("inventory.gpu.faulty", gpu.getSerial()));
                }
                gpu.setTenant(tenant);
            }
            recount(session, servers(gpus.toArray(Gpu[]::new)));
            return gpus.size();
        });
    }

    private static void fit(Session session, Gpu gpu, long serverId, Integer slotIndex) {
        Device server = Lookup.referenced(session, Device.class, serverId, "serverId", "device");
        int slots = server.getModel().getGpuSlots();
        BitSet taken = takenSlots(session, server, 1);
        int slot = slotIndex != null ? slotIndex : taken.nextClearBit(0);
        if (slot < 0 || slot >= slots) {
            throw new InvalidValueException("slotIndex", Message.of("inventory.gpu.slotRange", slots - 1, server.getAssetTag()));
        }
        if (taken.get(slot)) {
            throw new ConflictException("slotIndex", Message.of("inventory.gpu.slotTaken", slot, server.getAssetTag()));
        }
        gpu.fitInto(server, slot);
    }

    /** The server's taken slots, refusing when {@code adding} more cards would not fit; claims the server's version. */
    private static BitSet takenSlots(Session session, Device server, int adding) {
        int slots = server.getModel().getGpuSlots();
        if (slots == 0) {
            throw new InvalidValueException("serverId", Message.of("inventory.gpu.noSlots", server.getAssetTag(),
                    server.getModel().getDisplayName()));
        }
        session.lock(server, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        BitSet taken = new BitSet(slots);
        session.createQuery("select g.slotIndex from Gpu g where g.server = :s and g.slotIndex is not null", Integer.class)
                .setParameter("s", server).getResultList().forEach(taken::set);
        if (taken.cardinality() >= slots) {
            throw new ConflictException("serverId", Message.of("inventory.gpu.serverFull", server.getAssetTag(), slots));
        }
        if (taken.cardinality() + adding > slots) {
            throw new ConflictException("serverId", Message.of("inventory.gpu.doNotFit", server.getAssetTag(), taken.cardinality(),
                    slots, adding));
        }
        return taken;
    }

    private static Set<Device> servers(Gpu... gpus) {
        Set<Device> servers = new HashSet<>();
        for (Gpu gpu : gpus) {
            if (gpu.getServer() != null) {
                servers.add(gpu.getServer());
            }
        }
        return servers;
    }

    /** Refreshes the servers' card counts from their cards, in one grouped query. */
    private static void recount(Session session, Set<Device> servers) {
        if (servers.isEmpty()) {
            return;
        }
        session.flush();
        Map<Long, Object[]> counts = new HashMap<>();
        session.createQuery("select g.server.id, count(g.id), sum(case when g.status = :inService then 1 else 0 end),"
                        + " count(g.tenant.id) from Gpu g where g.server in :servers group by g.server.id", Object[].class)
                .setParameter("inService", GpuStatus.IN_SERVICE)
                .setParameter("servers", servers)
                .getResultList().forEach(row -> counts.put((Long) row[0], row));
        for (Device server : servers) {
            Object[] row = counts.get(server.getId());
            server.setGpuCounts(row == null ? 0 : ((Number) row[1]).intValue(), row == null ? 0 : ((Number) row[2]).intValue(),
                    row == null ? 0 : ((Number) row[3]).intValue());
        }
    }

    private static void checkSerialsUnique(Session session, List<String> serials) {
        Set<String> seen = new HashSet<>();
        for (String serial : serials) {
            if (!seen.add(Device.key(serial))) {
                throw new ConflictException("serial", Message.of("inventory.gpu.serialTwice", serial));
            }
        }
        List<String> clashes = session.createQuery("select g.serial from Gpu g where g.serialKey in :keys", String.class)
                .setParameter("keys", seen).getResultList();
        if (!clashes.isEmpty()) {
            throw new ConflictException("serial", Message.of("inventory.gpu.serialTaken", String.join(", ", clashes)));
        }
    }

    private static Tenant tenant(Session session, Long tenantId) {
        return Lookup.referenced(session, Tenant.class, tenantId, "tenantId", "tenant");
    }
}
