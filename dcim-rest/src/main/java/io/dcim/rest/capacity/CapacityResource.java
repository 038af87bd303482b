package io.dcim.rest.capacity;

import io.dcim.app.ForecastingServices;
import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.common.error.Message;
import io.dcim.common.text.MultiLine;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.capacity.CapacityPlan;
import io.dcim.forecasting.capacity.PlanAssumptions;
import io.dcim.forecasting.demand.DemandEntry;
import io.dcim.forecasting.demand.DemandFilter;
import io.dcim.forecasting.demand.DemandInput;
import io.dcim.forecasting.demand.DemandStage;
import io.dcim.forecasting.demand.DemandSummary;
import io.dcim.forecasting.demand.DemandView;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.history.UtilizationSeries;
import io.dcim.rest.ApiException;
import io.dcim.rest.ApiResource;
import io.dcim.rest.ListPage;
import io.dcim.rest.Paging;
import io.dcim.rest.Required;
import io.dcim.rest.Requires;
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
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Capacity planning over HTTP: a site's plan per resource, its history of use, and the demand pipeline. */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "capacity", description = "capacity plans, utilization history and the demand pipeline")
public class CapacityResource extends ApiResource {

    @Inject
    public CapacityResource(Services services) {
        super(services);
    }

    private ForecastingServices forecasting() {
        return services.forecasting();
    }

    @GET
    @Path("sites/{id}/capacity-plan")
    @Operation(summary = "A site's capacity against demand month by month, the run-out date and what to buy; notes in the Accept-Language (English or Chinese)")
    public CapacityPlan plan(@PathParam("id") Long siteId,
            @Parameter(description = "gpu (default), power, cabinets or u") @QueryParam("resource") String resource,
            @Parameter(description = "the share kept free, e.g. 0.1") @QueryParam("headroom") Double headroom,
            @QueryParam("pipeline") DemandView pipeline,
            @Parameter(description = "auto (default), linear, holt-winters, …") @QueryParam("method") String method) {
        services.sites().site(siteId);
        PlanAssumptions assumptions = PlanAssumptions.defaults();
        if (headroom != null) {
            assumptions = assumptions.withHeadroom(headroom);
        }
        if (pipeline != null) {
            assumptions = assumptions.withPipeline(pipeline);
        }
        return forecasting().planner().plan(siteId, resource(resource, Resource.GPU), assumptions,
                method == null ? MethodChoice.AUTO : MethodChoice.parse(method)).worded(caller().locale());
    }

    /** One group of {@code GET /sites/{id}/utilization?groupBy=}: card-hours used against available and allocated. */
    public record UsageView(String key, BigDecimal cardHoursUsed, BigDecimal coreHoursUsed, BigDecimal cardHoursAvailable,
            BigDecimal cardHoursAllocated, BigDecimal utilization, BigDecimal allocatedShare) {
    }

    @GET
    @Path("sites/{id}/utilization")
    @Operation(summary = "A site's daily history of allocation, or with groupBy its card-hours used against available",
            description = "Without groupBy: the daily history of the resource (GPUs allocated, power, cabinets, U), a year"
                    + " up to today unless asked (UtilizationSeries). With groupBy=day|month|gpuClass|tenant (needs"
                    + " usage.view): a list of UsageView, card-hours and core-hours used (Slurm jobs and whole-server"
                    + " rentals), card-hours available (in-service cards x hours), utilization = used / available,"
                    + " and the allocated share beside it (null by tenant); a tenant's available hours are the site's."
                    + " from and to are days in the site's time zone, both included.")
    @ApiResponse(responseCode = "200", description = "UtilizationSeries, or with groupBy an array of UsageView",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    oneOf = {UtilizationSeries.class, UsageView[].class})))
    public jakarta.ws.rs.core.Response utilization(@PathParam("id") Long siteId,
            @Parameter(description = "gpu (default), power, cabinets or u") @QueryParam("resource") String resource,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @Parameter(description = "day, month, gpuClass or tenant: card-hours used instead of the allocation history")
            @QueryParam("groupBy") String groupBy) {
        services.sites().site(siteId);
        LocalDate until = to == null ? LocalDate.now(ZoneOffset.UTC) : to;
        LocalDate since = from == null ? until.minusYears(1) : from;
        if (groupBy == null) {
            return jakarta.ws.rs.core.Response.ok(forecasting().history().series(siteId, resource(resource, Resource.GPU),
                    since, until)).build();
        }
        java.util.List<UsageView> views = services.usage().facade().utilization(caller(), siteId, since,
                        until.plusDays(1), grouping(groupBy)).stream()
                .map(u -> new UsageView(u.key(), u.cardHoursUsed(), u.coreHoursUsed(), u.cardHoursAvailable(),
                        u.cardHoursAllocated(), u.utilization(), u.allocatedShare())).toList();
        return jakarta.ws.rs.core.Response.ok(views).build();
    }

    private static io.dcim.forecasting.usage.UsageGrouping grouping(String text) {
        return switch (text.strip()) {
            case "day" -> io.dcim.forecasting.usage.UsageGrouping.DAY;
            case "month" -> io.dcim.forecasting.usage.UsageGrouping.MONTH;
            case "gpuClass" -> io.dcim.forecasting.usage.UsageGrouping.GPU_CLASS;
            case "tenant" -> io.dcim.forecasting.usage.UsageGrouping.TENANT;
            default -> throw ApiException.badRequest("groupBy", Message.of("forecasting.field.notOneOf", text,
                    "day, month, gpuClass, tenant"));
        };
    }

    @GET
    @Path("demand")
    @Operation(summary = "The demand pipeline, filtered and paged")
    public ListPage<DemandSummary> demand(@QueryParam("site") Long site, @QueryParam("tenant") Long tenant,
            @QueryParam("resource") String resource, @QueryParam("stage") DemandStage stage, @BeanParam Paging paging) {
        return ListPage.of(forecasting().pipeline().page(new DemandFilter(site, tenant, resource(resource, null), stage),
                paging.request("start")));
    }

    @GET
    @Path("demand/{id}")
    @Operation(summary = "One demand entry")
    public DemandEntry demandEntry(@PathParam("id") Long id) {
        return forecasting().pipeline().find(id);
    }

    /** {@code POST /demand}, and {@code PATCH /demand/{id}} with the whole entry and the version read. */
    public record DemandBody(Integer version, Long tenantId, Long siteId, String resource, Long quantity,
            LocalDate startDate, Integer durationMonths, DemandStage stage, Double probability, @MultiLine String note) {
    }

    @POST
    @Requires(Permission.CAPACITY_PLAN)
    @Path("demand")
    @Operation(summary = "Add a demand entry")
    @ApiResponse(responseCode = "201", description = "added", useReturnTypeSchema = true)
    public DemandEntry createDemand(@Valid @NotNull DemandBody body) {
        return forecasting().demandFacade().create(caller(), input(body));
    }

    @PATCH
    @Requires(Permission.CAPACITY_PLAN)
    @Path("demand/{id}")
    @Operation(summary = "Replace a demand entry, against the version read")
    public DemandEntry editDemand(@PathParam("id") Long id, @Valid @NotNull DemandBody body) {
        return forecasting().demandFacade().edit(caller(), id, Required.version(body.version()), input(body));
    }

    @DELETE
    @Requires(Permission.CAPACITY_PLAN)
    @Path("demand/{id}")
    @Operation(summary = "Remove a demand entry")
    @ApiResponse(responseCode = "204", description = "removed")
    public void deleteDemand(@PathParam("id") Long id, @BeanParam VersionRead read) {
        forecasting().demandFacade().delete(caller(), id, read.version());
    }

    private static DemandInput input(DemandBody body) {
        return new DemandInput(body.tenantId(), body.siteId(), resource(body.resource(), Resource.GPU), body.quantity(),
                body.startDate(), body.durationMonths(), body.stage(),
                body.probability() == null ? null : BigDecimal.valueOf(body.probability()), body.note());
    }

    private static Resource resource(String text, Resource fallback) {
        return text == null || text.isBlank() ? fallback : Resource.parse(text);
    }
}
