package io.dcim.rest.inventory;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.catalog.DeviceModelDetails;
import io.dcim.inventory.catalog.GpuModel;
import io.dcim.inventory.catalog.GpuModelDetails;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Required;
import io.dcim.rest.Requires;
import io.dcim.rest.SentFields;
import io.dcim.rest.VersionRead;
import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The catalog over HTTP: device and GPU models added, edited against the version read (a PATCH changes
 * the fields it names) and deleted while nothing uses them. The list of device models is read from
 * {@link InventoryResource}.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inventory", description = "sites, rooms, cabinets, devices, GPUs, device models and tenants")
public class CatalogResource extends ApiResource {

    @Inject
    public CatalogResource(Services services) {
        super(services);
    }

    /** {@code POST /device-models}; a PATCH needs {@code version}. Powers in watts. */
    public record DeviceModelBody(Integer version, String manufacturer, String model, DeviceKind kind, Integer heightU,
            Boolean fullDepth, Integer ratedPowerW, Integer typicalPowerW, Integer gpuSlots, Long defaultGpuModelId) {
    }

    public record DeviceModelRecord(long id, int version, String manufacturer, String model, DeviceKind kind, int heightU,
            boolean fullDepth, int ratedPowerW, int typicalPowerW, int gpuSlots, Long defaultGpuModelId) {
        static DeviceModelRecord of(Versioned<DeviceModelDetails> v) {
            DeviceModelDetails d = v.value();
            return new DeviceModelRecord(v.id(), v.version(), d.manufacturer(), d.model(), d.kind(), d.heightU(),
                    d.fullDepth(), d.ratedPowerW(), d.typicalPowerW(), d.gpuSlots(), d.defaultGpuModelId());
        }
    }

    @GET
    @Path("device-models/{id}")
    @Operation(summary = "One device model, with the version an edit names")
    public DeviceModelRecord deviceModel(@PathParam("id") Long id) {
        return DeviceModelRecord.of(services.catalogFacade().deviceModel(caller(), id));
    }

    @POST
    @Requires(Permission.CATALOG_MANAGE)
    @Path("device-models")
    @Operation(summary = "Add a device model to the catalog")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public DeviceModelRecord createDeviceModel(@Valid @NotNull DeviceModelBody body) {
        DeviceModelDetails details = new DeviceModelDetails(body.manufacturer(), body.model(), body.kind(),
                Required.value("heightU", body.heightU()), body.fullDepth() != null && body.fullDepth(),
                Required.value("ratedPowerW", body.ratedPowerW()), Required.value("typicalPowerW", body.typicalPowerW()),
                body.gpuSlots() == null ? 0 : body.gpuSlots(), body.defaultGpuModelId());
        return deviceModel(services.catalogFacade().createDeviceModel(caller(), details).getId());
    }

    @PATCH
    @Requires(Permission.CATALOG_MANAGE)
    @Path("device-models/{id}")
    @Operation(summary = "Edit a device model against the version read",
            description = "A model that devices use keeps its kind, height, depth, typical power and GPU slots.")
    public DeviceModelRecord editDeviceModel(@PathParam("id") Long id, @Valid @NotNull DeviceModelBody body,
            @Context ContainerRequestContext request) {
        int version = version(body.version());
        SentFields sent = SentFields.of(request);
        DeviceModelDetails now = services.catalogFacade().deviceModel(caller(), id).value();
        DeviceModelDetails next = new DeviceModelDetails(sent.pick("manufacturer", body.manufacturer(), now.manufacturer()),
                sent.pick("model", body.model(), now.model()), sent.pick("kind", body.kind(), now.kind()),
                number(sent, "heightU", body.heightU(), now.heightU()),
                sent.flag("fullDepth", body.fullDepth(), now.fullDepth()),
                number(sent, "ratedPowerW", body.ratedPowerW(), now.ratedPowerW()),
                number(sent, "typicalPowerW", body.typicalPowerW(), now.typicalPowerW()),
                number(sent, "gpuSlots", body.gpuSlots(), now.gpuSlots()),
                sent.pick("defaultGpuModelId", body.defaultGpuModelId(), now.defaultGpuModelId()));
        services.catalogFacade().editDeviceModel(caller(), id, version, next);
        return deviceModel(id);
    }

    @DELETE
    @Requires(Permission.CATALOG_MANAGE)
    @Path("device-models/{id}")
    @Operation(summary = "Delete a device model no device uses")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteDeviceModel(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.catalogFacade().deleteDeviceModel(caller(), id, read.version());
    }

    /** {@code POST /gpu-models}; a PATCH needs {@code version}. Watts and TFLOP/s (dense BF16). */
    public record GpuModelBody(Integer version, String name, String vendor, Integer memoryGb, Integer tdpW,
            Integer systemWPerGpu, BigDecimal peakBf16Tflops) {
    }

    public record GpuModelRecord(long id, int version, String name, String vendor, Integer memoryGb, int tdpW,
            Integer systemWPerGpu, BigDecimal peakBf16Tflops) {
        static GpuModelRecord of(long id, int version, GpuModelDetails d) {
            return new GpuModelRecord(id, version, d.name(), d.vendor(), d.memoryGb(), d.tdpW(), d.systemWPerGpu(),
                    d.peakBf16Tflops());
        }
    }

    @GET
    @Path("gpu-models")
    @Operation(summary = "The catalog of GPU models")
    public List<GpuModelRecord> gpuModels() {
        return services.catalog().gpuModels().stream()
                .map(g -> GpuModelRecord.of(g.getId(), g.getVersion(), GpuModelDetails.of(g))).toList();
    }

    @GET
    @Path("gpu-models/{id}")
    @Operation(summary = "One GPU model, with the version an edit names")
    public GpuModelRecord gpuModel(@PathParam("id") Long id) {
        Versioned<GpuModelDetails> v = services.catalogFacade().gpuModel(caller(), id);
        return GpuModelRecord.of(v.id(), v.version(), v.value());
    }

    @POST
    @Requires(Permission.CATALOG_MANAGE)
    @Path("gpu-models")
    @Operation(summary = "Add a GPU model to the catalog")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public GpuModelRecord createGpuModel(@Valid @NotNull GpuModelBody body) {
        GpuModel created = services.catalogFacade().createGpuModel(caller(), new GpuModelDetails(body.name(), body.vendor(),
                body.memoryGb(), Required.value("tdpW", body.tdpW()), body.systemWPerGpu(), body.peakBf16Tflops()));
        return gpuModel(created.getId());
    }

    @PATCH
    @Requires(Permission.CATALOG_MANAGE)
    @Path("gpu-models/{id}")
    @Operation(summary = "Edit a GPU model against the version read")
    public GpuModelRecord editGpuModel(@PathParam("id") Long id, @Valid @NotNull GpuModelBody body,
            @Context ContainerRequestContext request) {
        int version = version(body.version());
        SentFields sent = SentFields.of(request);
        GpuModelDetails now = services.catalogFacade().gpuModel(caller(), id).value();
        services.catalogFacade().editGpuModel(caller(), id, version, new GpuModelDetails(
                sent.pick("name", body.name(), now.name()), sent.pick("vendor", body.vendor(), now.vendor()),
                sent.pick("memoryGb", body.memoryGb(), now.memoryGb()), number(sent, "tdpW", body.tdpW(), now.tdpW()),
                sent.pick("systemWPerGpu", body.systemWPerGpu(), now.systemWPerGpu()),
                sent.pick("peakBf16Tflops", body.peakBf16Tflops(), now.peakBf16Tflops())));
        return gpuModel(id);
    }

    @DELETE
    @Requires(Permission.CATALOG_MANAGE)
    @Path("gpu-models/{id}")
    @Operation(summary = "Delete a GPU model no card or server model uses")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteGpuModel(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.catalogFacade().deleteGpuModel(caller(), id, read.version());
    }

    private static int number(SentFields sent, String field, Integer value, int stored) {
        return sent.has(field) ? Required.value(field, value) : stored;
    }
}
