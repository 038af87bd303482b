package io.dcim.web.api;

import io.dcim.common.access.Permission;

import io.dcim.common.text.Fields;
import io.dcim.common.text.MultiLine;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.capacity.PlanAssumptions;
import io.dcim.forecasting.demand.DemandFilter;
import io.dcim.forecasting.demand.DemandInput;
import io.dcim.forecasting.demand.DemandStage;
import io.dcim.forecasting.demand.DemandView;
import io.dcim.forecasting.history.Resource;
import io.dcim.web.ForecastingServices;
import io.dcim.web.Services;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/** Capacity planning over HTTP: a site's plan per resource, its history of use, and the demand pipeline. */
final class CapacityApi {

    private final Services services;

    CapacityApi(Services services) {
        this.services = services;
    }

    void register(List<Route> routes) {
        routes.add(Route.of("GET", "/sites/{id}/capacity-plan", this::plan));
        routes.add(Route.of("GET", "/sites/{id}/utilization", this::utilization));
        routes.add(Route.of("GET", "/demand", r -> PageView.of(forecasting().pipeline().page(new DemandFilter(r.queryLong("site"),
                r.queryLong("tenant"), resource(r.query("resource"), null), r.queryEnum("stage", DemandStage.class)),
                r.page("start")), Function.identity())));
        routes.add(Route.of("GET", "/demand/{id}", r -> forecasting().pipeline().find(r.pathId("id"))));
        routes.add(Route.of("POST", "/demand", r -> {
            r.require(Permission.CAPACITY_PLAN);
            return new Route.Response(201, forecasting().pipeline().create(input(r.body(DemandBody.class))));
        }));
        routes.add(Route.of("PATCH", "/demand/{id}", r -> {
            r.require(Permission.CAPACITY_PLAN);
            DemandBody body = r.body(DemandBody.class);
            if (body.version() == null) {
                throw ApiException.badRequest("version", "is required: the version you read");
            }
            return forecasting().pipeline().edit(r.pathId("id"), body.version(), input(body));
        }));
        routes.add(Route.of("DELETE", "/demand/{id}", r -> {
            r.require(Permission.CAPACITY_PLAN);
            Integer version = r.queryInt("version");
            if (version == null) {
                throw ApiException.badRequest("version", "is required (?version=N)");
            }
            forecasting().pipeline().delete(r.pathId("id"), version);
            return new Route.Response(204, null);
        }));
    }

    /** {@code ?resource=gpu|power|cabinets|u&headroom=0.1&pipeline=weighted|committed_only&method=auto|linear|...}. */
    private Object plan(ApiRequest r) {
        long siteId = r.pathId("id");
        services.sites().site(siteId);
        PlanAssumptions assumptions = PlanAssumptions.defaults();
        String headroom = r.query("headroom");
        if (headroom != null) {
            assumptions = assumptions.withHeadroom(decimal("headroom", headroom));
        }
        DemandView view = r.queryEnum("pipeline", DemandView.class);
        if (view != null) {
            assumptions = assumptions.withPipeline(view);
        }
        String method = r.query("method");
        return forecasting().planner().plan(siteId, resource(r.query("resource"), Resource.GPU), assumptions,
                method == null ? MethodChoice.AUTO : MethodChoice.parse(method));
    }

    /** {@code ?resource=gpu&from=YYYY-MM-DD&to=YYYY-MM-DD}: the daily history, a year up to today unless asked. */
    private Object utilization(ApiRequest r) {
        long siteId = r.pathId("id");
        services.sites().site(siteId);
        LocalDate to = date("to", r.query("to"), LocalDate.now(java.time.ZoneOffset.UTC));
        LocalDate from = date("from", r.query("from"), to.minusYears(1));
        return forecasting().history().series(siteId, resource(r.query("resource"), Resource.GPU), from, to);
    }

    /** {@code POST /demand}, and {@code PATCH /demand/{id}} with the whole entry and the version read. */
    record DemandBody(Integer version, Long tenantId, Long siteId, String resource, Long quantity, LocalDate startDate,
            Integer durationMonths, DemandStage stage, Double probability, @MultiLine String note) {
    }

    private static DemandInput input(DemandBody body) {
        return new DemandInput(body.tenantId(), body.siteId(), resource(body.resource(), Resource.GPU), body.quantity(),
                body.startDate(), body.durationMonths(), body.stage(),
                body.probability() == null ? null : BigDecimal.valueOf(body.probability()), body.note());
    }

    private ForecastingServices forecasting() {
        return services.forecasting();
    }

    private static Resource resource(String text, Resource fallback) {
        return text == null || text.isBlank() ? fallback : Resource.parse(text);
    }

    private static double decimal(String field, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(field, "'" + Fields.excerpt(text) + "' is not a number");
        }
    }

    private static LocalDate date(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + Fields.excerpt(text) + "' is not a date (YYYY-MM-DD)");
        }
    }
}
