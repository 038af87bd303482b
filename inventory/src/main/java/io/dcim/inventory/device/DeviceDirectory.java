package io.dcim.inventory.device;

import io.dcim.common.persistence.Chunks;
import io.dcim.inventory.catalog.DeviceKind;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** What other modules ask about devices: which ones a site has, where they are and what they draw. */
public final class DeviceDirectory {

    /** A device and where it is: its cabinet (null when it stands in the room) and room. */
    public record Placed(long id, String assetTag, DeviceKind kind, String model, Long cabinetId, long roomId) {
    }

    /** A server in a cabinet with what it draws and its cards. */
    public record ServerLoad(long id, String assetTag, long cabinetId, int typicalW, int ratedW, int gpus, int gpusAllocated,
                             LifecycleStatus status) {
    }

    /**
     * A device in a cabinet with what the power chain needs of it: its catalog model (how it is powered), its
     * typical draw and its status.
     */
    public record Powered(long id, String assetTag, String name, long modelId, DeviceKind kind, long cabinetId,
                          long siteId, int typicalW, LifecycleStatus status) {

        /** The name people know it by: its own name, else its asset tag. */
        public String label() {
            return name == null || name.isBlank() ? assetTag : name;
        }
    }

    /**
     * Who uses a device in a cabinet: the tenant it is rented to whole ({@code tenantId}), else its GPUs' tenants
     * ({@code gpusByTenant}, GPU count per tenant; GPUs allocated to nobody are in {@code gpus} but in no tenant).
     */
    public record Tenancy(long deviceId, Long tenantId, int gpus, Map<Long, Integer> gpusByTenant) {
    }

    private static final String POWERED = "select new io.dcim.inventory.device.DeviceDirectory$Powered(d.id,"
            + " d.assetTag, d.name, m.id, m.kind, c.id, c.room.site.id, m.typicalPowerW, d.status) from Device d"
            + " join d.model m join d.cabinet c";

    private DeviceDirectory() {
    }

    /** The devices in the site's cabinets, by id. */
    public static List<Powered> poweredInSite(Session session, long siteId) {
        return session.createQuery(POWERED + " where c.room.site.id = :site order by d.id", Powered.class)
                .setParameter("site", siteId).getResultList();
    }

    /** The devices in the cabinet, by id. */
    public static List<Powered> poweredInCabinet(Session session, long cabinetId) {
        return session.createQuery(POWERED + " where c.id = :cabinet order by d.id", Powered.class)
                .setParameter("cabinet", cabinetId).getResultList();
    }

    /** Those of the devices that are in a cabinet, by id. */
    public static Map<Long, Powered> powered(Session session, Collection<Long> deviceIds) {
        Map<Long, Powered> found = new HashMap<>();
        for (List<Long> chunk : Chunks.of(deviceIds)) {
            session.createQuery(POWERED + " where d.id in (:ids)", Powered.class).setParameter("ids", chunk)
                    .getResultList().forEach(d -> found.put(d.id(), d));
        }
        return found;
    }

    /** The site's devices of those kinds, by id. */
    public static List<Placed> ofKindsInSite(Session session, long siteId, Collection<DeviceKind> kinds) {
        return session.createQuery("select new io.dcim.inventory.device.DeviceDirectory$Placed(d.id, d.assetTag, m.kind,"
                        + " m.model, c.id, r.id) from Device d join d.model m join d.room r left join d.cabinet c"
                        + " where r.site.id = :site and m.kind in :kinds order by d.id", Placed.class)
                .setParameter("site", siteId).setParameter("kinds", kinds).getResultList();
    }

    /** The devices of that kind in the site's cabinets, with their model's power figures. */
    public static List<ServerLoad> inCabinetsOfSite(Session session, long siteId, DeviceKind kind) {
        return session.createQuery("select new io.dcim.inventory.device.DeviceDirectory$ServerLoad(d.id, d.assetTag, c.id,"
                        + " m.typicalPowerW, m.ratedPowerW, d.gpuCount, d.gpusAllocated, d.status) from Device d"
                        + " join d.model m join d.cabinet c where c.room.site.id = :site and m.kind = :kind order by d.id",
                        ServerLoad.class)
                .setParameter("site", siteId).setParameter("kind", kind).getResultList();
    }

    /** Device id → who uses it, for every device in the site's cabinets; two queries. */
    public static Map<Long, Tenancy> tenancyInSite(Session session, long siteId) {
        Map<Long, Long> tenants = new HashMap<>();
        session.createQuery("select d.id, t.id from Device d join d.cabinet c left join d.tenant t"
                        + " where c.room.site.id = :site", Object[].class).setParameter("site", siteId)
                .getResultList().forEach(row -> tenants.put((Long) row[0], (Long) row[1]));
        Map<Long, Map<Long, Integer>> byTenant = new HashMap<>();
        Map<Long, Integer> gpus = new HashMap<>();
        session.createQuery("select d.id, t.id, count(g) from Gpu g join g.server d join d.cabinet c"
                        + " left join g.tenant t where c.room.site.id = :site group by d.id, t.id", Object[].class)
                .setParameter("site", siteId).getResultList().forEach(row -> {
                    long device = (Long) row[0];
                    int count = ((Number) row[2]).intValue();
                    gpus.merge(device, count, Integer::sum);
                    if (row[1] != null) {
                        byTenant.computeIfAbsent(device, k -> new HashMap<>()).put((Long) row[1], count);
                    }
                });
        Map<Long, Tenancy> out = new HashMap<>();
        tenants.forEach((device, tenant) -> out.put(device, new Tenancy(device, tenant, gpus.getOrDefault(device, 0),
                Map.copyOf(byTenant.getOrDefault(device, Map.of())))));
        return out;
    }

    /** The ids of the site's devices of that catalog model, in asset tag order. */
    public static List<Long> idsInSiteOfModel(Session session, long siteId, long deviceModelId) {
        return session.createQuery("select d.id from Device d join d.room r where r.site.id = :site"
                        + " and d.model.id = :model order by d.assetTag", Long.class)
                .setParameter("site", siteId).setParameter("model", deviceModelId).getResultList();
    }

    /**
     * Device id → its GPUs in service, for those of the devices still in use (not decommissioned or disposed) that
     * have any.
     */
    public static Map<Long, Integer> gpusInService(Session session, Collection<Long> deviceIds) {
        Map<Long, Integer> gpus = new HashMap<>();
        for (List<Long> chunk : Chunks.of(deviceIds)) {
            session.createQuery("select d.id, d.gpusInService from Device d where d.id in (:ids)"
                            + " and d.gpusInService > 0 and d.status not in (:gone)", Object[].class)
                    .setParameter("ids", chunk)
                    .setParameter("gone", List.of(LifecycleStatus.DECOMMISSIONED, LifecycleStatus.DISPOSED))
                    .getResultList().forEach(row -> gpus.put((Long) row[0], (Integer) row[1]));
        }
        return gpus;
    }

    /**
     * Device id → the catalog name of the GPU model it carries (its installed cards' model, else its catalog model's
     * default GPU model), for the site's devices that have one: how costs booked per device are told apart by GPU class.
     */
    public static Map<Long, String> gpuModelNamesInSite(Session session, long siteId) {
        Map<Long, String> names = new HashMap<>();
        session.createQuery("select d.id, g.name from Device d join d.model m join m.defaultGpuModel g join d.room r"
                        + " where r.site.id = :site", Object[].class)
                .setParameter("site", siteId).getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        session.createQuery("select distinct d.id, m.name from Gpu g join g.server d join g.model m join d.room r"
                        + " where r.site.id = :site", Object[].class)
                .setParameter("site", siteId).getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
