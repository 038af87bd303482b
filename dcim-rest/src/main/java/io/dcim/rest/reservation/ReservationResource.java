package io.dcim.rest.reservation;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.inventory.reservation.NewReservation;
import io.dcim.inventory.reservation.ReservationScope;
import io.dcim.inventory.reservation.ReservationView;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** Cabinet space reservations: list a cabinet's, reserve, release. */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reservations", description = "cabinet space held for a tenant or a purpose")
public class ReservationResource extends ApiResource {

    @Inject
    public ReservationResource(Services services) {
        super(services);
    }

    @GET
    @Path("cabinets/{id}/reservations")
    @Operation(summary = "A cabinet's active reservations")
    public List<ReservationView> cabinetReservations(@PathParam("id") Long id) {
        services.cabinetQueries().find(id);
        return services.reservations().active(id);
    }

    /** {@code POST /reservations}. */
    public record NewReservationBody(@NotNull Long cabinetId, ReservationScope scope, Integer positionU, Integer heightU,
            Long tenantId, String purpose, LocalDate expiresOn) {
    }

    @POST
    @Requires(Permission.RESERVATION_MANAGE)
    @Path("reservations")
    @Operation(summary = "Reserve units of a cabinet, or the whole cabinet")
    @ApiResponse(responseCode = "201", description = "reserved", useReturnTypeSchema = true)
    public ReservationView reserve(@Valid @NotNull NewReservationBody body) {
        return services.reservationFacade().reserve(caller(), new NewReservation(body.cabinetId(), body.scope(), body.positionU(),
                body.heightU(), body.tenantId(), body.purpose(), body.expiresOn()));
    }

    @DELETE
    @Requires(Permission.RESERVATION_MANAGE)
    @Path("reservations/{id}")
    @Operation(summary = "Release a reservation")
    @ApiResponse(responseCode = "204", description = "released")
    public void release(@PathParam("id") Long id, @BeanParam VersionRead read) {
        services.reservationFacade().release(caller(), id, read.version());
    }
}
