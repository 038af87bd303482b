package io.dcim.web.api;

import io.dcim.common.access.Permission;

import io.dcim.inventory.reservation.NewReservation;
import io.dcim.inventory.reservation.ReservationScope;
import io.dcim.web.Services;
import java.time.LocalDate;
import java.util.List;

/** Cabinet space reservations: list a cabinet's, reserve, release. */
final class ReservationApi {

    private final Services services;

    ReservationApi(Services services) {
        this.services = services;
    }

    void register(List<Route> routes) {
        routes.add(Route.of("GET", "/cabinets/{id}/reservations", r -> {
            services.cabinetQueries().find(r.pathId("id"));
            return services.reservations().active(r.pathId("id"));
        }));
        routes.add(Route.of("POST", "/reservations", this::reserve));
        routes.add(Route.of("DELETE", "/reservations/{id}", this::release));
    }

    /** {@code POST /reservations}. */
    record NewReservationBody(Long cabinetId, ReservationScope scope, Integer positionU, Integer heightU, Long tenantId,
            String purpose, LocalDate expiresOn) {
    }

    private Object reserve(ApiRequest r) {
        r.require(Permission.RESERVATION_MANAGE);
        NewReservationBody body = r.body(NewReservationBody.class);
        return new Route.Response(201, services.reservations().reserve(new NewReservation(
                ApiRequest.required("cabinetId", body.cabinetId()), body.scope(), body.positionU(), body.heightU(),
                body.tenantId(), body.purpose(), body.expiresOn())));
    }

    private Object release(ApiRequest r) {
        r.require(Permission.RESERVATION_MANAGE);
        Integer version = r.queryInt("version");
        if (version == null) {
            throw ApiException.badRequest("version", "is required (?version=N)");
        }
        services.reservations().release(r.pathId("id"), version);
        return new Route.Response(204, null);
    }
}
