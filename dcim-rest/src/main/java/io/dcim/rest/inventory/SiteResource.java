package io.dcim.rest.inventory;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.inventory.label.LabelView;
import io.dcim.inventory.tag.ObjectType;
import java.util.Map;
import io.dcim.common.access.Permission;
import io.dcim.common.edit.Versioned;
import io.dcim.common.error.Message;
import io.dcim.inventory.site.CabinetRow;
import io.dcim.inventory.site.Room;
import io.dcim.inventory.site.SiteDetails;
import io.dcim.rest.ApiException;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Required;
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
import java.time.LocalDate;
import java.util.List;

/**
 * Building the frame over HTTP: sites, their rooms and rows created, edited against the version read
 * (a PATCH changes only the fields it names; {@code null} clears an optional one) and deleted while
 * empty. Lists of sites and rooms are read from {@link InventoryResource}.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "inventory", description = "sites, rooms, cabinets, devices, GPUs, device models and tenants")
public class SiteResource extends ApiResource {

    @Inject
    public SiteResource(Services services) {
        super(services);
    }

    /** {@code POST /sites}; on a PATCH, {@code version} is required and only the fields named change. */
    public record SiteBody(Integer version, String name, String code, String provider, String city, String timeZone,
            BigDecimal electricityPricePerKwh, BigDecimal designPue, BigDecimal gridEmissionKgPerKwh, LocalDate liveSince,
            List<String> tags, Map<String, Object> customFields) {
    }

    /** A site as it is edited: its facts and the version to edit against. */
    public record SiteRecord(long id, int version, String name, String code, String provider, String city,
            String timeZone, BigDecimal electricityPricePerKwh, BigDecimal designPue, BigDecimal gridEmissionKgPerKwh,
            LocalDate liveSince, List<String> tags, Map<String, String> customFields) {
        static SiteRecord of(Versioned<SiteDetails> v, LabelView labels) {
            SiteDetails d = v.value();
            return new SiteRecord(v.id(), v.version(), d.name(), d.code(), d.provider(), d.city(), d.timeZone(),
                    d.electricityPricePerKwh(), d.designPue(), d.gridEmissionKgPerKwh(), d.liveSince(),
                    Labelled.slugs(labels), labels.customFields());
        }
    }

    @GET
    @Path("sites/{id}")
    @Operation(summary = "One site, with the version an edit names")
    public SiteRecord site(@PathParam("id") Long id) {
        return SiteRecord.of(services.siteFacade().site(caller(), id), services.labelling().view(ObjectType.SITE, id));
    }

    @POST
    @Requires(Permission.SITE_MANAGE)
    @Path("sites")
    @Operation(summary = "Register a site")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public SiteRecord createSite(@Valid @NotNull SiteBody body) {
        SiteDetails details = new SiteDetails(body.name(), body.code(), body.provider(), body.city(), body.timeZone(),
                body.electricityPricePerKwh(), body.designPue(), body.gridEmissionKgPerKwh(), body.liveSince());
        return site(services.siteFacade().create(caller(), details).getId());
    }

    @PATCH
    @Requires(Permission.SITE_MANAGE)
    @Path("sites/{id}")
    @Operation(summary = "Edit a site against the version read", description = "Only the fields present change; null clears an optional one.")
    public SiteRecord editSite(@PathParam("id") Long id, @Valid @NotNull SiteBody body, @Context ContainerRequestContext request) {
        int version = version(body.version());
        SentFields sent = SentFields.of(request);
        SiteDetails now = services.siteFacade().site(caller(), id).value();
        SiteDetails next = new SiteDetails(sent.pick("name", body.name(), now.name()), sent.pick("code", body.code(), now.code()),
                sent.pick("provider", body.provider(), now.provider()), sent.pick("city", body.city(), now.city()),
                sent.pick("timeZone", body.timeZone(), now.timeZone()),
                sent.pick("electricityPricePerKwh", body.electricityPricePerKwh(), now.electricityPricePerKwh()),
                sent.pick("designPue", body.designPue(), now.designPue()),
                sent.pick("gridEmissionKgPerKwh", body.gridEmissionKgPerKwh(), now.gridEmissionKgPerKwh()),
                sent.pick("liveSince", body.liveSince(), now.liveSince()));
        services.siteFacade().edit(caller(), id, version, next, Labelled.labels(sent, body.tags(), body.customFields()));
        return site(id);
    }

    @DELETE
    @Requires(Permission.SITE_MANAGE)
    @Path("sites/{id}")
    @Operation(summary = "Delete a site without rooms")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteSite(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.siteFacade().delete(caller(), id, read.version());
    }

    /** {@code POST /rooms} names the site; a PATCH renames the room. */
    public record RoomBody(Integer version, Long siteId, String name) {
    }

    public record RoomRecord(long id, int version, long siteId, String name) {
        static RoomRecord of(Room room) {
            return new RoomRecord(room.getId(), room.getVersion(), room.getSite().getId(), room.getName());
        }
    }

    @GET
    @Path("rooms/{id}")
    @Operation(summary = "One room, with the version an edit names")
    public RoomRecord room(@PathParam("id") Long id) {
        return RoomRecord.of(services.sites().room(id));
    }

    @POST
    @Requires(Permission.SITE_MANAGE)
    @Path("rooms")
    @Operation(summary = "Add a room to a site")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public RoomRecord createRoom(@Valid @NotNull RoomBody body) {
        long site = Required.value("siteId", body.siteId());
        return room(services.siteFacade().createRoom(caller(), site, body.name()).getId());
    }

    @PATCH
    @Requires(Permission.SITE_MANAGE)
    @Path("rooms/{id}")
    @Operation(summary = "Rename a room against the version read")
    public RoomRecord editRoom(@PathParam("id") Long id, @Valid @NotNull RoomBody body) {
        int version = version(body.version());
        if (body.siteId() != null && body.siteId() != services.sites().room(id).getSite().getId().longValue()) {
            throw ApiException.badRequest("siteId", Message.of("rest.value.cannotChange"));
        }
        Room room = services.sites().room(id);
        services.siteFacade().editRoom(caller(), id, version, body.name() == null ? room.getName() : body.name());
        return room(id);
    }

    @DELETE
    @Requires(Permission.SITE_MANAGE)
    @Path("rooms/{id}")
    @Operation(summary = "Delete a room without rows or devices")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteRoom(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.siteFacade().deleteRoom(caller(), id, read.version());
    }

    /** {@code POST /rows} names the room; a PATCH renames the row or moves it in the room's order. */
    public record RowBody(Integer version, Long roomId, String name, Integer position) {
    }

    public record RowRecord(long id, int version, long roomId, String name, int position) {
        static RowRecord of(CabinetRow row) {
            return new RowRecord(row.getId(), row.getVersion(), row.getRoom().getId(), row.getName(), row.getPosition());
        }
    }

    @GET
    @Path("rows")
    @Operation(summary = "The rows of a room, in their order")
    public List<RowRecord> rows(@Parameter(required = true) @QueryParam("room") Long room) {
        services.sites().room(Required.value("room", room));
        return services.sites().rows(room).stream().map(RowRecord::of).toList();
    }

    @GET
    @Path("rows/{id}")
    @Operation(summary = "One row, with the version an edit names")
    public RowRecord row(@PathParam("id") Long id) {
        return RowRecord.of(services.sites().row(id));
    }

    @POST
    @Requires(Permission.SITE_MANAGE)
    @Path("rows")
    @Operation(summary = "Add a row of cabinets to a room")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public RowRecord createRow(@Valid @NotNull RowBody body) {
        long room = Required.value("roomId", body.roomId());
        int position = body.position() == null ? services.sites().rows(room).size() + 1 : body.position();
        return row(services.siteFacade().createRow(caller(), room, body.name(), position).getId());
    }

    @PATCH
    @Requires(Permission.SITE_MANAGE)
    @Path("rows/{id}")
    @Operation(summary = "Rename a row or change its position, against the version read")
    public RowRecord editRow(@PathParam("id") Long id, @Valid @NotNull RowBody body) {
        int version = version(body.version());
        CabinetRow row = services.sites().row(id);
        if (body.roomId() != null && body.roomId() != row.getRoom().getId().longValue()) {
            throw ApiException.badRequest("roomId", Message.of("rest.value.cannotChange"));
        }
        services.siteFacade().editRow(caller(), id, version, body.name() == null ? row.getName() : body.name(),
                body.position() == null ? row.getPosition() : body.position());
        return row(id);
    }

    @DELETE
    @Requires(Permission.SITE_MANAGE)
    @Path("rows/{id}")
    @Operation(summary = "Delete a row without cabinets")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteRow(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.siteFacade().deleteRow(caller(), id, read.version());
    }
}
