package io.dcim.rest.inventory;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.inventory.tenant.TenantDetails;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
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
import jakarta.ws.rs.core.MediaType;

/** The operator's customers: created, edited against the version read, deleted while they hold nothing. */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inventory", description = "sites, rooms, cabinets, devices, GPUs, device models and tenants")
public class TenantResource extends ApiResource {

    @Inject
    public TenantResource(Services services) {
        super(services);
    }

    /** {@code POST /tenants}; a PATCH needs {@code version} and changes the fields named. */
    public record TenantBody(Integer version, String name, TenantKind kind) {
    }

    public record TenantRecord(long id, int version, String name, TenantKind kind) {
        static TenantRecord of(Versioned<TenantDetails> v) {
            return new TenantRecord(v.id(), v.version(), v.value().name(), v.value().kind());
        }
    }

    @GET
    @Path("tenants/{id}")
    @Operation(summary = "One tenant, with the version an edit names")
    public TenantRecord tenant(@PathParam("id") Long id) {
        return TenantRecord.of(services.tenantFacade().tenant(caller(), id));
    }

    @POST
    @Requires(Permission.TENANT_MANAGE)
    @Path("tenants")
    @Operation(summary = "Add a tenant")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public TenantRecord createTenant(@Valid @NotNull TenantBody body) {
        return tenant(services.tenantFacade().create(caller(), new TenantDetails(body.name(), body.kind())).getId());
    }

    @PATCH
    @Requires(Permission.TENANT_MANAGE)
    @Path("tenants/{id}")
    @Operation(summary = "Rename a tenant or change its segment, against the version read")
    public TenantRecord editTenant(@PathParam("id") Long id, @Valid @NotNull TenantBody body) {
        int version = version(body.version());
        TenantDetails now = services.tenantFacade().tenant(caller(), id).value();
        services.tenantFacade().edit(caller(), id, version, new TenantDetails(body.name() == null ? now.name() : body.name(),
                body.kind() == null ? now.kind() : body.kind()));
        return tenant(id);
    }

    @DELETE
    @Requires(Permission.TENANT_MANAGE)
    @Path("tenants/{id}")
    @Operation(summary = "Delete a tenant that holds no device, GPU or reservation")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteTenant(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.tenantFacade().delete(caller(), id, read.version());
    }
}
