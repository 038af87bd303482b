package io.dcim.rest;

import io.dcim.app.Services;
import io.dcim.rest.account.AccountResource;
import io.dcim.rest.cabling.CablingResource;
import io.dcim.rest.cabling.FabricPlanResource;
import io.dcim.rest.capacity.CapacityResource;
import io.dcim.rest.forecast.ForecastResource;
import io.dcim.rest.inventory.InventoryResource;
import io.dcim.rest.chain.PowerChainResource;
import io.dcim.rest.power.PowerResource;
import io.dcim.rest.procurement.ProcurementResource;
import io.dcim.rest.reservation.ReservationResource;
import io.dcim.rest.transfer.TransferResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Servlet;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.validation.ValidationFeature;

/**
 * The JSON API ({@code /api/v1/*}) on Jersey: one resource class per feature, the strict JSON
 * mapper, query parameters read as they always were, the guard and authentication filters, the
 * errors as {@code {"error","field","detail"}}, and the OpenAPI document generated from it all.
 */
public final class RestApi {

    /** Every resource of the API; the OpenAPI document describes exactly these. */
    public static final List<Class<?>> RESOURCES = List.of(AccountResource.class, InventoryResource.class,
            io.dcim.rest.inventory.SiteResource.class, io.dcim.rest.inventory.CabinetResource.class,
            io.dcim.rest.inventory.TenantResource.class, io.dcim.rest.inventory.CatalogResource.class,
            io.dcim.rest.inventory.DeviceBulkResource.class, io.dcim.rest.inventory.TagResource.class,
            io.dcim.rest.inventory.CustomFieldResource.class,
            TransferResource.class, ReservationResource.class, ProcurementResource.class,
            io.dcim.rest.procurement.SupplierResource.class, io.dcim.rest.procurement.AssetClassResource.class,
            ForecastResource.class,
            PowerResource.class, io.dcim.rest.power.ClusterResource.class, CapacityResource.class, CablingResource.class, FabricPlanResource.class,
            PowerChainResource.class, io.dcim.rest.webhook.WebhookResource.class, io.dcim.rest.energy.EnergyResource.class,
            io.dcim.rest.economics.EconomicsResource.class, io.dcim.rest.economics.PricingResource.class,
            io.dcim.rest.procurement.AssetLifeResource.class, io.dcim.rest.usage.UsageResource.class,
            io.dcim.rest.collector.CollectorResource.class);

    private RestApi() {
    }

    /** The servlet to mount at {@code /api/v1/*}. */
    public static Servlet servlet(Services services, Clock clock, Set<String> allowedOrigins) {
        return new RestServlet(config(services, clock, allowedOrigins));
    }

    public static Servlet servlet(Services services, Clock clock) {
        return servlet(services, clock, Set.of());
    }

    public static ResourceConfig config(Services services, Clock clock, Set<String> allowedOrigins) {
        ResourceConfig config = new ResourceConfig();
        // Nothing registers itself from the class path (swagger brings Jackson's own JAX-RS provider): what runs is listed here.
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(org.glassfish.jersey.CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Errors keep the body the mappers wrote; the servlet container must not replace it with its error page.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
        // Answers go straight to Jetty's own response buffer (which sets Content-Length when they fit),
        // not first into a buffer per answer of Jersey's.
        config.property(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER, 0);
        config.register(ValidationFeature.class);
        config.register(new ApiRequestGuard(allowedOrigins));
        config.register(new ApiAuthenticationFilter(new ApiAuthenticator(services.users(), clock),
                token -> services.powerIfRunning().flatMap(power -> power.collectorFacade().authenticate(token))));
        config.register(new ServicesBinder(services));
        ObjectMapper json = StrictJson.mapper();
        config.register(new StrictJsonProvider.Mapper(json));
        config.register(new StrictJsonProvider(json));
        config.register(QueryParameters.class);
        config.register(RequiredPermissions.class);
        config.register(ApiErrors.class);
        config.register(ValidationErrors.class);
        config.register(DocumentedStatus.class);
        config.register(DocumentedStatus.NoStore.class);
        config.registerResources(java.util.Set.copyOf(RouteTree.of(RESOURCES)));
        config.register(OpenApiDocument.class);
        return config;
    }
}
