package io.dcim.rest.inventory;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.text.MultiLine;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceBulkEdit;
import io.dcim.inventory.device.LifecycleStatus;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
import io.dcim.rest.SentFields;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Devices by the many: a clone of one, and one edit of a whole selection, all of it or nothing. */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inventory", description = "sites, rooms, cabinets, devices, GPUs, device models and tenants")
public class DeviceBulkResource extends ApiResource {

    /** A selection larger than this is a script's job, in several calls. */
    private static final int MAX_SELECTION = 5_000;

    @Inject
    public DeviceBulkResource(Services services) {
        super(services);
    }

    /** {@code POST /devices/{id}/clone}: the new device's own asset tag and serial. */
    public record CloneBody(@NotNull String assetTag, @NotNull String serial) {
    }

    @POST
    @Requires(Permission.DEVICE_EDIT)
    @Path("devices/{id}/clone")
    @Operation(summary = "Register another device like this one (same model, name, tenant, notes), ordered and in stock")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public InventoryResource.DeviceView cloneDevice(@PathParam("id") Long id, @Valid @NotNull CloneBody body) {
        Device clone = services.deviceFacade().cloneDevice(caller(), id, body.assetTag(), body.serial());
        return services.deviceFacade().view(caller(), clone.getId(), InventoryResource.DeviceView::of);
    }

    /**
     * {@code POST /devices/bulk-edit}: the selected ids and what to set on each; a field left out stays as each
     * device has it, {@code tenantId} or {@code notes} sent as null clears it; {@code addTags} and
     * {@code removeTags} (slugs) put tags on and take them off, each device keeping its others.
     */
    public record BulkEditBody(@NotNull @Size(min = 1, max = MAX_SELECTION) List<@NotNull Long> ids, LifecycleStatus status,
            Long tenantId, @MultiLine String notes, List<String> addTags, List<String> removeTags) {
    }

    public record BulkEditAnswer(int changed) {
    }

    @POST
    @Requires(Permission.DEVICE_EDIT)
    @Path("devices/bulk-edit")
    @Operation(summary = "Set the status, tenant, notes or tags of a selection of devices, all of them or none",
            description = "Every device's refusal is listed in the error; nothing is changed unless every device accepts.")
    public BulkEditAnswer bulkEdit(@Valid @NotNull BulkEditBody body, @Context ContainerRequestContext request) {
        SentFields sent = SentFields.of(request);
        DeviceBulkEdit edit = new DeviceBulkEdit(body.status(), sent.change("tenantId", body.tenantId()),
                sent.change("notes", body.notes()),
                body.addTags() == null ? null : java.util.Set.copyOf(body.addTags()),
                body.removeTags() == null ? null : java.util.Set.copyOf(body.removeTags()));
        return new BulkEditAnswer(services.deviceFacade().bulkEdit(caller(), body.ids(), edit));
    }
}
