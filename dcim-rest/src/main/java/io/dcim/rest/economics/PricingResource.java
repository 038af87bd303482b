package io.dcim.rest.economics;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.forecasting.economics.ContractInput;
import io.dcim.forecasting.economics.ElectricityTariff;
import io.dcim.forecasting.economics.GpuClassPrice;
import io.dcim.forecasting.economics.PackageInput;
import io.dcim.forecasting.economics.PrepaidPackage;
import io.dcim.forecasting.economics.PriceInput;
import io.dcim.forecasting.economics.PricingFacade;
import io.dcim.forecasting.economics.TariffInput;
import io.dcim.forecasting.economics.TenantContract;
import io.dcim.forecasting.history.GpuClass;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The prices economics reads: list prices per GPU class, tenant contracts, prepaid packages and electricity
 * tariffs. Anyone reads them; {@code pricing.manage} changes them (PUT replaces one against the version read).
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "economics", description = "prices, a site's revenue, costs and margin, tenants' statements")
public class PricingResource extends ApiResource {

    @Inject
    public PricingResource(Services services) {
        super(services);
    }

    private PricingFacade facade() {
        return services.economics().pricingFacade();
    }

    public record PriceBody(Integer version, @NotNull GpuClass gpuClass, @NotNull BigDecimal cardHourPrice,
            @NotNull BigDecimal coreHourPrice, @NotNull LocalDate validFrom, LocalDate validTo) {
        PriceInput input() {
            return new PriceInput(gpuClass, cardHourPrice, coreHourPrice, validFrom, validTo);
        }
    }

    public record PriceRecord(long id, int version, GpuClass gpuClass, BigDecimal cardHourPrice, BigDecimal coreHourPrice,
            LocalDate validFrom, LocalDate validTo) {
        static PriceRecord of(GpuClassPrice p) {
            return new PriceRecord(p.getId(), p.getVersion(), p.getGpuClass(), p.getCardHourPrice(), p.getCoreHourPrice(),
                    p.getValidity().getValidFrom(), p.getValidity().getValidTo());
        }
    }

    public record ContractBody(Integer version, @NotNull Long tenantId, @NotNull BigDecimal discountPercent,
            @NotNull LocalDate validFrom, LocalDate validTo, String note) {
        ContractInput input() {
            return new ContractInput(tenantId, discountPercent, validFrom, validTo, note);
        }
    }

    public record ContractRecord(long id, int version, long tenantId, BigDecimal discountPercent, LocalDate validFrom,
            LocalDate validTo, String note) {
        static ContractRecord of(TenantContract c) {
            return new ContractRecord(c.getId(), c.getVersion(), c.getTenantId(), c.getDiscountPercent(),
                    c.getValidity().getValidFrom(), c.getValidity().getValidTo(), c.getNote());
        }
    }

    public record PackageBody(Integer version, @NotNull Long tenantId, @NotNull GpuClass gpuClass, @NotNull Long cardHours,
            @NotNull BigDecimal price, @NotNull LocalDate validFrom, @NotNull LocalDate validTo) {
        PackageInput input() {
            return new PackageInput(tenantId, gpuClass, cardHours, price, validFrom, validTo);
        }
    }

    public record PackageRecord(long id, int version, long tenantId, GpuClass gpuClass, long cardHours, BigDecimal price,
            LocalDate validFrom, LocalDate validTo) {
        static PackageRecord of(PrepaidPackage p) {
            return new PackageRecord(p.getId(), p.getVersion(), p.getTenantId(), p.getGpuClass(), p.getCardHours(),
                    p.getPrice(), p.getValidity().getValidFrom(), p.getValidity().getValidTo());
        }
    }

    public record TariffBody(Integer version, @NotNull Long siteId, @NotNull BigDecimal cnyPerKwh,
            @NotNull LocalDate validFrom, LocalDate validTo) {
        TariffInput input() {
            return new TariffInput(siteId, cnyPerKwh, validFrom, validTo);
        }
    }

    public record TariffRecord(long id, int version, long siteId, BigDecimal cnyPerKwh, LocalDate validFrom,
            LocalDate validTo) {
        static TariffRecord of(ElectricityTariff t) {
            return new TariffRecord(t.getId(), t.getVersion(), t.getSiteId(), t.getCnyPerKwh(),
                    t.getValidity().getValidFrom(), t.getValidity().getValidTo());
        }
    }

    // List prices

    @GET
    @Path("prices")
    @Operation(summary = "List prices per GPU class (CNY per card-hour and per core-hour) with the days they hold")
    public List<PriceRecord> prices() {
        return facade().prices(caller()).stream().map(PriceRecord::of).toList();
    }

    @POST
    @Requires(Permission.PRICING_MANAGE)
    @Path("prices")
    @Operation(summary = "Add a list price; it may not overlap another of the class")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public PriceRecord createPrice(@Valid @NotNull PriceBody body) {
        return PriceRecord.of(facade().createPrice(caller(), body.input()));
    }

    @PUT
    @Requires(Permission.PRICING_MANAGE)
    @Path("prices/{id}")
    @Operation(summary = "Replace a list price against the version read")
    public PriceRecord editPrice(@PathParam("id") Long id, @Valid @NotNull PriceBody body) {
        return PriceRecord.of(facade().editPrice(caller(), id, version(body.version()), body.input()));
    }

    @DELETE
    @Requires(Permission.PRICING_MANAGE)
    @Path("prices/{id}")
    @Operation(summary = "Delete a list price")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deletePrice(@PathParam("id") Long id, @BeanParam VersionRead read) {
        facade().deletePrice(caller(), id, read.version());
    }

    // Tenant contracts

    @GET
    @Path("tenant-contracts")
    @Operation(summary = "Tenants' contracts: the discount on the list (percent) and the days it holds")
    public List<ContractRecord> contracts() {
        return facade().contracts(caller()).stream().map(ContractRecord::of).toList();
    }

    @POST
    @Requires(Permission.PRICING_MANAGE)
    @Path("tenant-contracts")
    @Operation(summary = "Add a tenant contract; it may not overlap another of the tenant")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public ContractRecord createContract(@Valid @NotNull ContractBody body) {
        return ContractRecord.of(facade().createContract(caller(), body.input()));
    }

    @PUT
    @Requires(Permission.PRICING_MANAGE)
    @Path("tenant-contracts/{id}")
    @Operation(summary = "Replace a tenant contract against the version read")
    public ContractRecord editContract(@PathParam("id") Long id, @Valid @NotNull ContractBody body) {
        return ContractRecord.of(facade().editContract(caller(), id, version(body.version()), body.input()));
    }

    @DELETE
    @Requires(Permission.PRICING_MANAGE)
    @Path("tenant-contracts/{id}")
    @Operation(summary = "Delete a tenant contract")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteContract(@PathParam("id") Long id, @BeanParam VersionRead read) {
        facade().deleteContract(caller(), id, read.version());
    }

    // Prepaid packages

    @GET
    @Path("prepaid-packages")
    @Operation(summary = "Prepaid packages: card-hours of a class a tenant paid for, the price and the days to use them")
    public List<PackageRecord> packages() {
        return facade().packages(caller()).stream().map(PackageRecord::of).toList();
    }

    @POST
    @Requires(Permission.PRICING_MANAGE)
    @Path("prepaid-packages")
    @Operation(summary = "Add a prepaid package; it may not overlap another of the tenant and class")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public PackageRecord createPackage(@Valid @NotNull PackageBody body) {
        return PackageRecord.of(facade().createPackage(caller(), body.input()));
    }

    @PUT
    @Requires(Permission.PRICING_MANAGE)
    @Path("prepaid-packages/{id}")
    @Operation(summary = "Replace a prepaid package against the version read")
    public PackageRecord editPackage(@PathParam("id") Long id, @Valid @NotNull PackageBody body) {
        return PackageRecord.of(facade().editPackage(caller(), id, version(body.version()), body.input()));
    }

    @DELETE
    @Requires(Permission.PRICING_MANAGE)
    @Path("prepaid-packages/{id}")
    @Operation(summary = "Delete a prepaid package")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deletePackage(@PathParam("id") Long id, @BeanParam VersionRead read) {
        facade().deletePackage(caller(), id, read.version());
    }

    // Electricity tariffs

    @GET
    @Path("electricity-tariffs")
    @Operation(summary = "Sites' electricity tariffs (CNY per kWh) with the days they hold")
    public List<TariffRecord> tariffs() {
        return facade().tariffs(caller()).stream().map(TariffRecord::of).toList();
    }

    @POST
    @Requires(Permission.PRICING_MANAGE)
    @Path("electricity-tariffs")
    @Operation(summary = "Add a site's tariff; it may not overlap another of the site")
    @ApiResponse(responseCode = "201", description = "created", useReturnTypeSchema = true)
    public TariffRecord createTariff(@Valid @NotNull TariffBody body) {
        return TariffRecord.of(facade().createTariff(caller(), body.input()));
    }

    @PUT
    @Requires(Permission.PRICING_MANAGE)
    @Path("electricity-tariffs/{id}")
    @Operation(summary = "Replace a tariff against the version read")
    public TariffRecord editTariff(@PathParam("id") Long id, @Valid @NotNull TariffBody body) {
        return TariffRecord.of(facade().editTariff(caller(), id, version(body.version()), body.input()));
    }

    @DELETE
    @Requires(Permission.PRICING_MANAGE)
    @Path("electricity-tariffs/{id}")
    @Operation(summary = "Delete a tariff")
    @ApiResponse(responseCode = "204", description = "deleted")
    public void deleteTariff(@PathParam("id") Long id, @BeanParam VersionRead read) {
        facade().deleteTariff(caller(), id, read.version());
    }
}
