package io.dcim.web.api;

import io.dcim.common.access.Permission;

import io.dcim.common.persistence.Lookup;
import io.dcim.common.text.MultiLine;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceEdit;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.inventory.device.PowerOverride;
import io.dcim.inventory.gpu.Gpu;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.web.Services;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** The inventory part of the JSON API: sites, rooms, cabinets, devices, GPUs, models, tenants. */
final class InventoryApi {

    private final Services services;

    InventoryApi(Services services) {
        this.services = services;
    }

    void register(List<Route> routes) {
        routes.add(Route.of("GET", "/sites", r -> services.sites().sites().stream().map(SiteView::of).toList()));
        routes.add(Route.of("GET", "/rooms", this::rooms));
        routes.add(Route.of("GET", "/cabinets", this::cabinets));
        routes.add(Route.of("GET", "/cabinets/{id}", r -> CabinetView.of(services.cabinetQueries().find(r.pathId("id")))));
        routes.add(Route.of("GET", "/cabinets/{id}/devices", r -> {
            services.cabinetQueries().find(r.pathId("id"));
            return PageView.of(services.deviceQueries().page(DeviceFilter.inCabinet(r.pathId("id")), r.page("position")),
                    Function.identity());
        }));
        routes.add(Route.of("GET", "/devices", this::devices));
        routes.add(Route.of("POST", "/devices", this::createDevice));
        routes.add(Route.of("GET", "/devices/{id}", r -> deviceView(r.pathId("id"))));
        routes.add(Route.of("PATCH", "/devices/{id}", this::patchDevice));
        routes.add(Route.of("DELETE", "/devices/{id}", this::deleteDevice));
        routes.add(Route.of("GET", "/gpus", this::gpus));
        routes.add(Route.of("PATCH", "/gpus/{id}", this::patchGpu));
        routes.add(Route.of("GET", "/device-models", r -> services.catalog().deviceModels().stream().map(ModelView::of).toList()));
        routes.add(Route.of("GET", "/tenants", r -> services.tenants().tenants().stream().map(TenantView::of).toList()));
    }

    private Object rooms(ApiRequest r) {
        Long site = r.queryLong("site");
        List<Site> sites = site == null ? services.sites().sites() : List.of(services.sites().site(site));
        return sites.stream().flatMap(s -> services.sites().rooms(s.getId()).stream()).map(RoomView::of).toList();
    }

    private Object cabinets(ApiRequest r) {
        CabinetFilter filter = new CabinetFilter(r.queryLong("site"), r.queryLong("room"), r.queryLong("row"),
                r.query("name"), r.queryInt("minFreeU"), r.queryLong("minHeadroomW"), r.queryLong("tenant"));
        return PageView.of(services.cabinetQueries().page(filter, r.page("name")), CabinetView::of);
    }

    private Object devices(ApiRequest r) {
        DeviceFilter filter = new DeviceFilter(r.queryLong("site"), r.queryLong("room"), r.queryLong("cabinet"),
                r.queryEnum("kind", DeviceKind.class), r.queryEnum("status", LifecycleStatus.class),
                r.queryLong("tenant"), r.query("q"));
        return PageView.of(services.deviceQueries().page(filter, r.page("assetTag")), Function.identity());
    }

    private Object gpus(ApiRequest r) {
        GpuFilter filter = new GpuFilter(r.queryLong("site"), r.queryLong("model"), r.queryEnum("status", GpuStatus.class),
                r.queryLong("tenant"), r.queryLong("server"));
        return PageView.of(services.gpuQueries().page(filter, r.page("serial")), Function.identity());
    }

    /** {@code POST /devices}. */
    record NewDeviceBody(String assetTag, String serial, String name, Long modelId, LifecycleStatus status, Long cabinetId,
            Long roomId, Integer positionU, Face face, Long tenantId, @MultiLine String notes,
            @MultiLine String overrideReason) {
    }

    /** {@code PATCH /devices/{id}}: only the fields present change; {@code null} clears an optional one. */
    record DevicePatch(Integer version, String assetTag, String serial, String name, Long tenantId, @MultiLine String notes,
            Long cabinetId, Long roomId, Integer positionU, Face face, LifecycleStatus status,
            @MultiLine String overrideReason) {
    }

    /** {@code PATCH /gpus/{id}}: fit into or remove from a server, change status, allocate to a tenant. */
    record GpuPatch(Integer version, Long serverId, Integer slotIndex, GpuStatus status, Long tenantId) {
    }

    private Object createDevice(ApiRequest r) {
        r.require(Permission.DEVICE_EDIT);
        NewDeviceBody body = r.body(NewDeviceBody.class);
        NewDevice request = new NewDevice(body.assetTag(), body.serial(), body.name(), ApiRequest.required("modelId",
                body.modelId()), body.status(), location(body.cabinetId(), body.roomId(), body.positionU(), body.face()),
                body.tenantId(), body.notes());
        Device created = services.devices().create(request, override(r, body.overrideReason()));
        return new Route.Response(201, deviceView(created.getId()));
    }

    /** One PATCH may edit identity, move and change status; all or nothing, against one version. */
    private Object patchDevice(ApiRequest r) {
        r.require(Permission.DEVICE_EDIT);
        long id = r.pathId("id");
        DevicePatch patch = r.body(DevicePatch.class);
        int version = ApiRequest.required("version", patch.version());
        PowerOverride override = override(r, patch.overrideReason());
        Device result = services.database().inTransaction(session -> {
            Device device = services.devices().find(id);
            Lookup.checkVersion(device.getVersion(), version, "device " + device.getAssetTag());
            if (r.has("assetTag") || r.has("serial") || r.has("name") || r.has("tenantId") || r.has("notes")) {
                device = services.devices().edit(id, device.getVersion(), new DeviceEdit(
                        r.has("assetTag") ? patch.assetTag() : device.getAssetTag(),
                        r.has("serial") ? patch.serial() : device.getSerial(),
                        r.has("name") ? patch.name() : device.getName(),
                        r.has("tenantId") ? patch.tenantId() : tenantId(device),
                        r.has("notes") ? patch.notes() : device.getNotes()));
                session.flush();
            }
            if (r.has("cabinetId") || r.has("roomId") || r.has("positionU") || r.has("face")) {
                device = services.devices().move(id, device.getVersion(),
                        location(patch.cabinetId(), patch.roomId(), patch.positionU(), patch.face()), override);
                session.flush();
            }
            if (r.has("status")) {
                device = services.devices().changeStatus(id, device.getVersion(), patch.status(), override);
                session.flush();
            }
            return device;
        });
        return deviceView(result.getId());
    }

    private Object deleteDevice(ApiRequest r) {
        r.require(Permission.DEVICE_EDIT);
        Integer version = r.queryInt("version");
        if (version == null) {
            throw ApiException.badRequest("version", "is required (?version=N), so that nobody deletes a device changed meanwhile");
        }
        services.devices().delete(r.pathId("id"), version);
        return new Route.Response(204, null);
    }

    private Object patchGpu(ApiRequest r) {
        r.require(Permission.GPU_ALLOCATE);
        long id = r.pathId("id");
        GpuPatch patch = r.body(GpuPatch.class);
        int version = ApiRequest.required("version", patch.version());
        services.database().execute(session -> {
            Gpu gpu = services.gpus().find(id);
            Lookup.checkVersion(gpu.getVersion(), version, "GPU " + gpu.getSerial());
            if (r.has("serverId")) {
                gpu = patch.serverId() == null ? services.gpus().removeFromServer(id, gpu.getVersion())
                        : services.gpus().fitInto(id, gpu.getVersion(), patch.serverId(), patch.slotIndex());
                session.flush();
            }
            if (r.has("status")) {
                gpu = services.gpus().changeStatus(id, gpu.getVersion(), patch.status());
                session.flush();
            }
            if (r.has("tenantId")) {
                services.gpus().allocate(List.of(id), patch.tenantId());
            }
        });
        return services.database().read(session -> GpuView.of(services.gpus().find(id)));
    }

    /** Views are built inside a transaction: they read the device's model, cabinet and room. */
    private DeviceView deviceView(long id) {
        return services.database().read(session -> DeviceView.of(services.devices().find(id)));
    }

    private static Long tenantId(Device device) {
        return device.getTenant() == null ? null : device.getTenant().getId();
    }

    private static Location location(Long cabinet, Long room, Integer position, Face face) {
        if (cabinet != null) {
            return new Location(cabinet, position, face, null);
        }
        return room != null ? Location.onFloor(room) : Location.inStock();
    }

    private static PowerOverride override(ApiRequest r, String reason) {
        return reason == null ? null : new PowerOverride(reason, r.principal().username());
    }

    record SiteView(long id, String name, String provider, String city, String timeZone,
            BigDecimal electricityPricePerKwh, BigDecimal designPue, LocalDate liveSince) {
        static SiteView of(Site s) {
            return new SiteView(s.getId(), s.getName(), s.getProvider(), s.getCity(), s.getZone().getId(),
                    s.getElectricityPricePerKwh(), s.getDesignPue(), s.getLiveSince());
        }
    }

    record RoomView(long id, long siteId, String name) {
        static RoomView of(Room room) {
            return new RoomView(room.getId(), room.getSite().getId(), room.getName());
        }
    }

    /** {@code usedU} includes the {@code reservedU} units held by reservations. */
    record CabinetView(long id, String name, long siteId, long roomId, String room, long rowId, String row, int position,
            int heightU, int usedU, int reservedU, int freeU, long typicalW, int contractedW, long headroomW,
            double powerUtilizationPct, int devices) {
        static CabinetView of(CabinetSummary c) {
            return new CabinetView(c.id(), c.name(), c.siteId(), c.roomId(), c.roomName(), c.rowId(), c.rowName(), c.position(),
                    c.heightU(), c.usedU(), c.reservedU(), c.freeU(), c.typicalW(), c.contractedW(), c.headroomW(),
                    Math.round(c.powerUtilizationPct() * 10) / 10.0, c.deviceCount());
        }
    }

    record DeviceView(long id, int version, String assetTag, String serial, String name, long modelId, String model,
            DeviceKind kind, LifecycleStatus status, Long cabinetId, String cabinet, Integer positionU, Face face,
            Long roomId, Long tenantId, String notes, Instant createdAt, Instant updatedAt) {
        static DeviceView of(Device d) {
            return new DeviceView(d.getId(), d.getVersion(), d.getAssetTag(), d.getSerial(), d.getName(),
                    d.getModel().getId(), d.getModel().getDisplayName(), d.getModel().getKind(), d.getStatus(),
                    d.getCabinet() == null ? null : d.getCabinet().getId(),
                    d.getCabinet() == null ? null : d.getCabinet().getName(), d.getPositionU(), d.getFace(),
                    d.getRoom() == null ? null : d.getRoom().getId(), InventoryApi.tenantId(d), d.getNotes(), d.getCreatedAt(),
                    d.getUpdatedAt());
        }
    }

    record GpuView(long id, int version, String serial, String model, GpuStatus status, Long serverId,
            Integer slotIndex, Long tenantId) {
        static GpuView of(Gpu g) {
            return new GpuView(g.getId(), g.getVersion(), g.getSerial(), g.getModel().getName(), g.getStatus(),
                    g.getServer() == null ? null : g.getServer().getId(), g.getSlotIndex(),
                    g.getTenant() == null ? null : g.getTenant().getId());
        }
    }

    record ModelView(long id, String manufacturer, String model, DeviceKind kind, int heightU, boolean fullDepth,
            int ratedPowerW, int typicalPowerW, int gpuSlots, String defaultGpuModel) {
        static ModelView of(DeviceModel m) {
            return new ModelView(m.getId(), m.getManufacturer(), m.getModel(), m.getKind(), m.getHeightU(),
                    m.isFullDepth(), m.getRatedPowerW(), m.getTypicalPowerW(), m.getGpuSlots(),
                    m.getDefaultGpuModel() == null ? null : m.getDefaultGpuModel().getName());
        }
    }

    record TenantView(long id, String name, String kind) {
        static TenantView of(Tenant t) {
            return new TenantView(t.getId(), t.getName(), t.getKind().name());
        }
    }
}
