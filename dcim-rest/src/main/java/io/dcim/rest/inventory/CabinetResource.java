package io.dcim.rest.inventory;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.tag.ObjectType;
import java.util.List;
import java.util.Map;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.Message;
import io.dcim.inventory.cabinet.CabinetEdit;
import io.dcim.inventory.cabinet.Lease;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.rest.ApiException;
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
import java.time.LocalDate;

/**
 * Cabinets as they are leased: registered in a row, their height, contracted power and lease terms
 * edited against the version read, deleted while empty. Lists and occupancy are read from
 * {@link InventoryResource}.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inventory", description = "sites, rooms, cabinets, devices, GPUs, device models and tenants")
public class CabinetResource extends ApiResource {

    @Inject
    public CabinetResource(Services services) {
        super(services);
    }

    /** The IDC lease of a cabinet; a fee in CNY a month. */
    public record LeaseBody(String landlord, BigDecimal monthlyFee, LocalDate start, LocalDate end) {
        Lease lease() {
            return new Lease(landlord, monthlyFee, start, end);
        }

        static LeaseBody of(Lease lease) {
            return lease == null ? null : new LeaseBody(lease.getLandlord(), lease.getMonthlyFee(), lease.getStart(),
                    lease.getEnd());
        }
    }

    /**
     * {@code POST /cabinets} names the row (height and contracted power default to 42U and 20 kW); a PATCH needs
     * {@code version} and changes only the fields named ({@code lease} as a whole, null to clear it).
     */
    public record CabinetBody(Integer version, Long rowId, String name, Integer position, Integer heightU,
            Integer contractedW, @Valid LeaseBody lease, List<String> tags, Map<String, Object> customFields) {
    }

    public record CabinetRecord(long id, int version, String name, int position, int heightU, int contractedW,
            LeaseBody lease, List<String> tags, Map<String, String> customFields) {
        static CabinetRecord of(Versioned<CabinetEdit> v, LabelView labels) {
            CabinetEdit c = v.value();
            return new CabinetRecord(v.id(), v.version(), c.name(), c.position(), c.heightU(), c.contractedW(),
                    LeaseBody.of(c.lease()), Labelled.slugs(labels), labels.customFields());
        }
    }

    @GET
    @Path("cabinets/{id}/terms")
    @Operation(summary = "A cabinet's editable facts and lease, with the version an edit names")
    public CabinetRecord cabinet(@PathParam("id") Long id) {
        return CabinetRecord.of(services.cabinetFacade().cabinet(caller(), id),
                services.labelling().view(ObjectType.CABINET, id));
    }

    @POST
    @Requires(Permission.SITE_MANAGE)
    @Path("cabinets")
    @Operation(summary = "Register a leased cabinet in a row")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public CabinetRecord createCabinet(@Valid @NotNull CabinetBody body) {
        long row = Required.value("rowId", body.rowId());
        int position = body.position() == null ? 0 : body.position();
        NewCabinet request = new NewCabinet(row, body.name(), position, body.heightU(), body.contractedW(),
                body.lease() == null ? null : body.lease().lease());
        return cabinet(services.cabinetFacade().create(caller(), request).getId());
    }

    @PATCH
    @Requires(Permission.SITE_MANAGE)
    @Path("cabinets/{id}")
    @Operation(summary = "Edit a cabinet's name, position, height, contracted power or lease, against the version read",
            description = "Only the fields present change; \"lease\": null clears the lease.")
    public CabinetRecord editCabinet(@PathParam("id") Long id, @Valid @NotNull CabinetBody body,
            @Context ContainerRequestContext request) {
        int version = version(body.version());
        SentFields sent = SentFields.of(request);
        if (sent.has("rowId")) {
            throw ApiException.badRequest("rowId", Message.of("rest.value.cannotChange"));
        }
        CabinetEdit now = services.cabinetFacade().cabinet(caller(), id).value();
        Lease lease = sent.has("lease") ? (body.lease() == null ? null : body.lease().lease()) : now.lease();
        CabinetEdit next = new CabinetEdit(sent.pick("name", body.name(), now.name()),
                orStored(sent, "position", body.position(), now.position()),
                orStored(sent, "heightU", body.heightU(), now.heightU()),
                orStored(sent, "contractedW", body.contractedW(), now.contractedW()), lease);
        services.cabinetFacade().edit(caller(), id, version, next, Labelled.labels(sent, body.tags(), body.customFields()));
        return cabinet(id);
    }

    @DELETE
    @Requires(Permission.SITE_MANAGE)
    @Path("cabinets/{id}")
    @Operation(summary = "Delete an empty cabinet")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteCabinet(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.cabinetFacade().delete(caller(), id, read.version());
    }

    /** A number the cabinet always has: named as null it is refused, left out it stays. */
    private static int orStored(SentFields sent, String field, Integer value, int stored) {
        if (!sent.has(field)) {
            return stored;
        }
        if (value == null) {
            throw ApiException.badRequest(field, Message.of("rest.value.notNull"));
        }
        return value;
    }
}
