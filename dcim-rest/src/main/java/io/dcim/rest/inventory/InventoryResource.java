package io.dcim.rest.inventory;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.text.MultiLine;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModel;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.DeviceUpdate;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.inventory.device.Location;
import io.dcim.inventory.device.NewDevice;
import io.dcim.inventory.device.PowerOverride;
import io.dcim.inventory.gpu.Gpu;
import io.dcim.inventory.gpu.GpuFilter;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.gpu.GpuSummary;
import io.dcim.inventory.gpu.GpuUpdate;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.rest.ApiResource;
import io.dcim.rest.ListPage;
import io.dcim.rest.Paging;
import io.dcim.rest.Requires;
import io.dcim.rest.SentFields;
import io.dcim.rest.VersionRead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.tag.ObjectType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/** Inventory over HTTP: sites, rooms, cabinets, devices, GPUs, device models, tenants. */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inventory", description = "sites, rooms, cabinets, devices, GPUs, device models and tenants")
public class InventoryResource extends ApiResource {

    @Inject
    public InventoryResource(Services services) {
        super(services);
    }

    @GET
    @Path("sites")
    @Operation(summary = "Every site")
    public List<SiteView> sites() {
        return services.sites().sites().stream().map(SiteView::of).toList();
    }

    @GET
    @Path("rooms")
    @Operation(summary = "The rooms of one site, or of every site")
    public List<RoomView> rooms(@QueryParam("site") Long site) {
        List<Site> sites = site == null ? services.sites().sites() : List.of(services.sites().site(site));
        return sites.stream().flatMap(s -> services.sites().rooms(s.getId()).stream()).map(RoomView::of).toList();
    }

    @GET
    @Path("cabinets")
    @Operation(summary = "Cabinets with U used and free and typical power against contract, filtered and paged")
    public ListPage<CabinetView> cabinets(@QueryParam("site") Long site, @QueryParam("room") Long room,
            @QueryParam("row") Long row, @QueryParam("name") String name, @QueryParam("minFreeU") Integer minFreeU,
            @QueryParam("minHeadroomW") Long minHeadroomW, @QueryParam("tenant") Long tenant,
            @Parameter(description = TAG_FILTER) @QueryParam("tag") List<String> tags, @BeanParam Paging paging,
            @Context UriInfo uri) {
        CabinetFilter filter = new CabinetFilter(site, room, row, name, minFreeU, minHeadroomW, tenant)
                .withLabels(Labelled.filter(tags, uri));
        return labelled(ListPage.of(services.cabinetQueries().page(filter, paging.request("name")), CabinetView::of),
                ObjectType.CABINET, CabinetView::id, CabinetView::withLabels);
    }

    @GET
    @Path("cabinets/{id}")
    @Operation(summary = "One cabinet")
    public CabinetView cabinet(@PathParam("id") Long id) {
        return CabinetView.of(services.cabinetQueries().find(id))
                .withLabels(services.labelling().view(ObjectType.CABINET, id));
    }

    @GET
    @Path("cabinets/{id}/devices")
    @Operation(summary = "The devices in a cabinet (its elevation), paged")
    public ListPage<DeviceSummary> cabinetDevices(@PathParam("id") Long id, @BeanParam Paging paging) {
        services.cabinetQueries().find(id);
        return ListPage.of(services.deviceQueries().page(DeviceFilter.inCabinet(id), paging.request("position")));
    }

    @GET
    @Path("devices")
    @Operation(summary = "Devices, filtered and paged")
    public ListPage<DeviceLine> devices(@QueryParam("site") Long site, @QueryParam("room") Long room,
            @QueryParam("cabinet") Long cabinet, @QueryParam("kind") DeviceKind kind,
            @QueryParam("status") LifecycleStatus status, @QueryParam("tenant") Long tenant,
            @Parameter(description = "asset tag, serial or name contains") @QueryParam("q") String q,
            @Parameter(description = TAG_FILTER) @QueryParam("tag") List<String> tags,
            @BeanParam Paging paging, @Context UriInfo uri) {
        DeviceFilter filter = new DeviceFilter(site, room, cabinet, kind, status, tenant, q)
                .withLabels(Labelled.filter(tags, uri));
        return labelled(ListPage.of(services.deviceQueries().page(filter, paging.request("assetTag")), DeviceLine::of),
                ObjectType.DEVICE, line -> line.device().id(), DeviceLine::withLabels);
    }

    /** A device's line in a list: its summary, its tags and custom field values. */
    public record DeviceLine(@JsonUnwrapped DeviceSummary device, List<String> tags, Map<String, String> customFields) {
        static DeviceLine of(DeviceSummary device) {
            return new DeviceLine(device, List.of(), Map.of());
        }

        DeviceLine withLabels(LabelView labels) {
            return new DeviceLine(device, Labelled.slugs(labels), labels.customFields());
        }
    }

    /** A GPU's line in a list: its summary, its tags and custom field values. */
    public record GpuLine(@JsonUnwrapped GpuSummary gpu, List<String> tags, Map<String, String> customFields) {
        static GpuLine of(GpuSummary gpu) {
            return new GpuLine(gpu, List.of(), Map.of());
        }

        GpuLine withLabels(LabelView labels) {
            return new GpuLine(gpu, Labelled.slugs(labels), labels.customFields());
        }
    }

    /**
     * The tag parameter's description says the custom field ones too: their names depend on the fields defined,
     * so the document cannot list them.
     */
    static final String TAG_FILTER = "a tag's slug; repeat it to keep objects carrying all of them. Custom fields filter"
            + " as ?cf_<key>=value, the value read as the field's kind reads it (cf_budget_kw=10.50 finds 10.5)";

    /** The page with each item's tags and custom field values, read for the whole page at once. */
    private <T> ListPage<T> labelled(ListPage<T> page, ObjectType type, java.util.function.ToLongFunction<T> id,
            java.util.function.BiFunction<T, LabelView, T> with) {
        Map<Long, LabelView> labels = services.labelling().views(type, page.items().stream().map(id::applyAsLong).toList());
        if (labels.isEmpty()) {
            return page; // its lines were made with no tags and no custom fields
        }
        return new ListPage<>(page.items().stream()
                .map(item -> with.apply(item, labels.getOrDefault(id.applyAsLong(item), LabelView.NONE))).toList(),
                page.page(), page.size(), page.total());
    }

    /** {@code POST /devices}. */
    public record NewDeviceBody(String assetTag, String serial, String name, @NotNull Long modelId, LifecycleStatus status,
            Long cabinetId, Long roomId, Integer positionU, Face face, Long tenantId, @MultiLine String notes,
            @MultiLine String overrideReason) {
    }

    @POST
    @Requires(Permission.DEVICE_EDIT)
    @Path("devices")
    @Operation(summary = "Create a device: in stock, on a room's floor or in a cabinet")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public DeviceView createDevice(@Valid @NotNull NewDeviceBody body) {
        NewDevice request = new NewDevice(body.assetTag(), body.serial(), body.name(), body.modelId(), body.status(),
                location(body.cabinetId(), body.roomId(), body.positionU(), body.face()), body.tenantId(), body.notes());
        Device created = services.deviceFacade().create(caller(), request, override(body.overrideReason()));
        return deviceView(created.getId());
    }

    @GET
    @Path("devices/{id}")
    @Operation(summary = "One device")
    public DeviceView device(@PathParam("id") Long id) {
        return deviceView(id);
    }

    /** {@code PATCH /devices/{id}}: only the fields present change; {@code null} clears an optional one. */
    public record DevicePatch(@NotNull Integer version, String assetTag, String serial, String name, Long tenantId,
            @MultiLine String notes, Long cabinetId, Long roomId, Integer positionU, Face face, LifecycleStatus status,
            @MultiLine String overrideReason, List<String> tags, Map<String, Object> customFields) {
    }

    /** One PATCH may edit identity, move and change status; all or nothing, against one version. */
    @PATCH
    @Requires(Permission.DEVICE_EDIT)
    @Path("devices/{id}")
    @Operation(summary = "Edit, move and change the status of a device at once, against the version read",
            description = "Only the fields present change; null clears an optional one. All of it or nothing.")
    public DeviceView patchDevice(@PathParam("id") Long id, @Valid @NotNull DevicePatch patch,
            @Context ContainerRequestContext request) {
        SentFields sent = SentFields.of(request);
        boolean moves = sent.hasAny("cabinetId", "roomId", "positionU", "face");
        Device result = services.deviceFacade().update(caller(), id, patch.version(), new DeviceUpdate(
                sent.change("assetTag", patch.assetTag()), sent.change("serial", patch.serial()),
                sent.change("name", patch.name()), sent.change("tenantId", patch.tenantId()),
                sent.change("notes", patch.notes()),
                moves ? location(patch.cabinetId(), patch.roomId(), patch.positionU(), patch.face()) : null,
                sent.has("status") ? patch.status() : null, override(patch.overrideReason()),
                Labelled.labels(sent, patch.tags(), patch.customFields())));
        return deviceView(result.getId());
    }

    @DELETE
    @Requires(Permission.DEVICE_EDIT)
    @Path("devices/{id}")
    @Operation(summary = "Delete a device that was only ordered or received")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteDevice(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.deviceFacade().delete(caller(), id, read.version());
    }

    @GET
    @Path("gpus")
    @Operation(summary = "GPUs, filtered and paged")
    public ListPage<GpuLine> gpus(@QueryParam("site") Long site, @QueryParam("model") Long model,
            @QueryParam("status") GpuStatus status, @QueryParam("tenant") Long tenant, @QueryParam("server") Long server,
            @Parameter(description = TAG_FILTER) @QueryParam("tag") List<String> tags,
            @BeanParam Paging paging, @Context UriInfo uri) {
        GpuFilter filter = new GpuFilter(site, model, status, tenant, server).withLabels(Labelled.filter(tags, uri));
        return labelled(ListPage.of(services.gpuQueries().page(filter, paging.request("serial")), GpuLine::of),
                ObjectType.GPU, line -> line.gpu().id(), GpuLine::withLabels);
    }

    @GET
    @Path("gpus/{id}")
    @Operation(summary = "One GPU")
    public GpuView gpu(@PathParam("id") Long id) {
        return gpuView(id);
    }

    /** {@code PATCH /gpus/{id}}: fit into or remove from a server, change status, allocate to a tenant. */
    public record GpuPatch(@NotNull Integer version, Long serverId, Integer slotIndex, GpuStatus status, Long tenantId,
            List<String> tags, Map<String, Object> customFields) {
    }

    @PATCH
    @Path("gpus/{id}")
    @Operation(summary = "Fit a GPU into a server or take it out, change its status, allocate it, tag it",
            description = "Moving and status need device.move, allocating gpu.allocate, tags and custom fields device.edit.")
    public GpuView patchGpu(@PathParam("id") Long id, @Valid @NotNull GpuPatch patch,
            @Context ContainerRequestContext request) {
        SentFields sent = SentFields.of(request);
        services.gpuFacade().update(caller(), id, patch.version(), new GpuUpdate(sent.change("serverId", patch.serverId()),
                patch.slotIndex(), sent.has("status") ? patch.status() : null, sent.change("tenantId", patch.tenantId()),
                Labelled.labels(sent, patch.tags(), patch.customFields())));
        return gpuView(id);
    }

    private GpuView gpuView(long id) {
        return services.gpuFacade().view(caller(), id, GpuView::of).withLabels(services.labelling().view(ObjectType.GPU, id));
    }

    @GET
    @Path("device-models")
    @Operation(summary = "The catalog of device models")
    public List<ModelView> deviceModels() {
        return services.catalog().deviceModels().stream().map(ModelView::of).toList();
    }

    @GET
    @Path("tenants")
    @Operation(summary = "Every tenant")
    public List<TenantView> tenants() {
        return services.tenants().tenants().stream().map(TenantView::of).toList();
    }

    /** Views are built inside a transaction: they read the device's model, cabinet and room. */
    private DeviceView deviceView(long id) {
        return services.deviceFacade().view(caller(), id, DeviceView::of)
                .withLabels(services.labelling().view(ObjectType.DEVICE, id));
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

    private PowerOverride override(String reason) {
        return reason == null ? null : new PowerOverride(reason, caller().username());
    }

    public record SiteView(long id, String name, String provider, String city, String timeZone,
            BigDecimal electricityPricePerKwh, BigDecimal designPue, LocalDate liveSince, String code,
            BigDecimal gridEmissionKgPerKwh, int version) {
        static SiteView of(Site s) {
            return new SiteView(s.getId(), s.getName(), s.getProvider(), s.getCity(), s.getZone().getId(),
                    s.getElectricityPricePerKwh(), s.getDesignPue(), s.getLiveSince(), s.getCode(),
                    s.getGridEmissionKgPerKwh(), s.getVersion());
        }
    }

    public record RoomView(long id, long siteId, String name, int version) {
        static RoomView of(Room room) {
            return new RoomView(room.getId(), room.getSite().getId(), room.getName(), room.getVersion());
        }
    }

    /** {@code usedU} includes the {@code reservedU} units held by reservations. */
    public record CabinetView(long id, String name, long siteId, long roomId, String room, long rowId, String row,
            int position, int heightU, int usedU, int reservedU, int freeU, long typicalW, int contractedW, long headroomW,
            double powerUtilizationPct, int devices, List<String> tags, Map<String, String> customFields) {
        static CabinetView of(CabinetSummary c) {
            return new CabinetView(c.id(), c.name(), c.siteId(), c.roomId(), c.roomName(), c.rowId(), c.rowName(), c.position(),
                    c.heightU(), c.usedU(), c.reservedU(), c.freeU(), c.typicalW(), c.contractedW(), c.headroomW(),
                    Math.round(c.powerUtilizationPct() * 10) / 10.0, c.deviceCount(), List.of(), Map.of());
        }

        CabinetView withLabels(LabelView labels) {
            return new CabinetView(id, name, siteId, roomId, room, rowId, row, position, heightU, usedU, reservedU, freeU,
                    typicalW, contractedW, headroomW, powerUtilizationPct, devices, Labelled.slugs(labels),
                    labels.customFields());
        }
    }

    public record DeviceView(long id, int version, String assetTag, String serial, String name, long modelId, String model,
            DeviceKind kind, LifecycleStatus status, Long cabinetId, String cabinet, Integer positionU, Face face,
            Long roomId, Long tenantId, String notes, Instant createdAt, Instant updatedAt, List<String> tags,
            Map<String, String> customFields) {

        DeviceView withLabels(LabelView labels) {
            return new DeviceView(id, version, assetTag, serial, name, modelId, model, kind, status, cabinetId, cabinet,
                    positionU, face, roomId, tenantId, notes, createdAt, updatedAt, Labelled.slugs(labels),
                    labels.customFields());
        }

        static DeviceView of(Device d) {
            return new DeviceView(d.getId(), d.getVersion(), d.getAssetTag(), d.getSerial(), d.getName(),
                    d.getModel().getId(), d.getModel().getDisplayName(), d.getModel().getKind(), d.getStatus(),
                    d.getCabinet() == null ? null : d.getCabinet().getId(),
                    d.getCabinet() == null ? null : d.getCabinet().getName(), d.getPositionU(), d.getFace(),
                    d.getRoom() == null ? null : d.getRoom().getId(), InventoryResource.tenantId(d), d.getNotes(),
                    d.getCreatedAt(), d.getUpdatedAt(), List.of(), Map.of());
        }
    }

    public record GpuView(long id, int version, String serial, String model, GpuStatus status, Long serverId,
            Integer slotIndex, Long tenantId, List<String> tags, Map<String, String> customFields) {
        static GpuView of(Gpu g) {
            return new GpuView(g.getId(), g.getVersion(), g.getSerial(), g.getModel().getName(), g.getStatus(),
                    g.getServer() == null ? null : g.getServer().getId(), g.getSlotIndex(),
                    g.getTenant() == null ? null : g.getTenant().getId(), List.of(), Map.of());
        }

        GpuView withLabels(LabelView labels) {
            return new GpuView(id, version, serial, model, status, serverId, slotIndex, tenantId, Labelled.slugs(labels),
                    labels.customFields());
        }
    }

    public record ModelView(long id, String manufacturer, String model, DeviceKind kind, int heightU, boolean fullDepth,
            int ratedPowerW, int typicalPowerW, int gpuSlots, String defaultGpuModel, int version) {
        static ModelView of(DeviceModel m) {
            return new ModelView(m.getId(), m.getManufacturer(), m.getModel(), m.getKind(), m.getHeightU(),
                    m.isFullDepth(), m.getRatedPowerW(), m.getTypicalPowerW(), m.getGpuSlots(),
                    m.getDefaultGpuModel() == null ? null : m.getDefaultGpuModel().getName(), m.getVersion());
        }
    }

    public record TenantView(long id, String name, String kind, int version) {
        static TenantView of(Tenant t) {
            return new TenantView(t.getId(), t.getName(), t.getKind().name(), t.getVersion());
        }
    }
}
