package io.dcim.rest.procurement;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.procurement.asset.AssetFacade;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.DisposalResult;
import io.dcim.procurement.depreciation.Period;
import io.dcim.procurement.depreciation.TermsChange;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Required;
import io.dcim.rest.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * An asset's life on the books after it is placed in service: a prospective change of its useful life or
 * residual rate (CAS 28), and its disposal with the gain or loss it gives, which can be asked first without
 * disposing. Changes are finance's ({@code asset.manage}); the preview is {@code finance.view}.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "procurement", description = "purchase requests, orders, receipts, invoices, assets and depreciation")
public class AssetLifeResource extends ApiResource {

    @Inject
    public AssetLifeResource(Services services) {
        super(services);
    }

    private AssetFacade facade() {
        return services.procurement().assetFacade();
    }

    /** {@code POST /assets/{id}/disposal}: the version read, the day it leaves the books and what it fetched (CNY). */
    public record DisposalBody(@NotNull Integer version, @NotNull LocalDate disposedOn, @NotNull BigDecimal proceeds) {
    }

    /** {@code POST /assets/{id}/terms-changes}: from which month, the new total life and/or residual rate, and why. */
    public record TermsChangeBody(@NotNull Integer version, @NotNull YearMonth effectiveMonth, Integer usefulLifeMonths,
            BigDecimal residualRate, @NotNull String reason) {
    }

    /** The schedule after a change: the residual value in force, the total depreciation and every month. */
    public record ScheduleRecord(BigDecimal residualValue, BigDecimal totalDepreciation, List<Period> periods) {
        static ScheduleRecord of(DepreciationSchedule s) {
            return new ScheduleRecord(s.residualValue(), s.totalDepreciation(), s.periods());
        }
    }

    @GET
    @Requires(Permission.FINANCE_VIEW)
    @Path("assets/{id}/disposal-preview")
    @Operation(summary = "What disposing of the asset on a day for given proceeds would give: net book value and gain"
            + " or loss (nothing is changed)")
    public DisposalResult previewDisposal(@PathParam("id") Long id,
            @Parameter(required = true) @QueryParam("disposedOn") LocalDate disposedOn,
            @Parameter(required = true, description = "CNY") @QueryParam("proceeds") Double proceeds) {
        BigDecimal asked = BigDecimal.valueOf(Required.present("proceeds", proceeds));
        return facade().previewDisposal(caller(), id, disposedOn, asked);
    }

    @POST
    @Requires(Permission.ASSET_MANAGE)
    @Path("assets/{id}/disposal")
    @Operation(summary = "Dispose of the asset: depreciated in the month it leaves, not after; answers the gain or loss")
    public DisposalResult dispose(@PathParam("id") Long id, @Valid @NotNull DisposalBody body) {
        return facade().dispose(caller(), id, version(body.version()), body.disposedOn(), body.proceeds());
    }

    @POST
    @Requires(Permission.ASSET_MANAGE)
    @Path("assets/{id}/terms-changes")
    @Operation(summary = "Change the asset's useful life and/or residual rate from a month on (prospectively)")
    public ScheduleRecord changeTerms(@PathParam("id") Long id, @Valid @NotNull TermsChangeBody body) {
        TermsChange change = new TermsChange(body.effectiveMonth(), body.usefulLifeMonths(), body.residualRate());
        return ScheduleRecord.of(facade().changeTerms(caller(), id, version(body.version()), change, body.reason()));
    }
}
