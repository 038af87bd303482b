package io.dcim.rest.economics;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.forecasting.economics.EconomicsFacade;
import io.dcim.forecasting.economics.EconomicsReport;
import io.dcim.forecasting.economics.EconomicsWorkbook;
import io.dcim.forecasting.economics.MarginMonth;
import io.dcim.forecasting.economics.PurchaseMargin;
import io.dcim.forecasting.economics.TenantStatement;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Download;
import io.dcim.rest.RawBody;
import io.dcim.rest.Required;
import io.dcim.rest.Requires;
import io.dcim.rest.WorkbookResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * A site's unit economics and tenants' monthly statements, as JSON and as XLSX for finance
 * ({@code finance.view}). The what-if parameters change the figures answered, never anything stored.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "economics", description = "prices, a site's revenue, costs and margin, tenants' statements")
public class EconomicsResource extends ApiResource {

    @Inject
    public EconomicsResource(Services services) {
        super(services);
    }

    private EconomicsFacade facade() {
        return services.economics().economicsFacade();
    }

    @GET
    @Requires(Permission.FINANCE_VIEW)
    @Path("sites/{id}/economics")
    @Operation(summary = "A site's revenue, each cost line, gross margin, utilization and break-even per GPU class, by"
            + " month, GPU class or tenant; with what-if parameters, the figures that would follow (nothing is changed)")
    public EconomicsReport economics(@PathParam("id") Long id, @BeanParam EconomicsQuery query) {
        return facade().report(caller(), id, query.from(), query.to(), query.grouping(), query.whatIf());
    }

    @GET
    @Requires(Permission.FINANCE_VIEW)
    @Path("sites/{id}/economics.xlsx")
    @Produces(RawBody.XLSX)
    @Operation(summary = "A site's economics as XLSX for finance (same parameters)")
    @WorkbookResponse
    public Response economicsWorkbook(@PathParam("id") Long id, @BeanParam EconomicsQuery query) {
        EconomicsReport report = economics(id, query);
        Locale locale = caller().locale();
        return Download.xlsx(out -> EconomicsWorkbook.write(report, locale, out), EconomicsWorkbook.fileName(report));
    }

    @GET
    @Requires(Permission.FINANCE_VIEW)
    @Path("tenants/{id}/statement")
    @Operation(summary = "A tenant's statement for a month: card-hours and core-hours by site and GPU class, prices,"
            + " amounts, and the IT energy attributed")
    public TenantStatement statement(@PathParam("id") Long id,
            @Parameter(required = true, description = "yyyy-MM") @QueryParam("month") YearMonth month) {
        return facade().statement(caller(), id, Required.present("month", month));
    }

    @GET
    @Requires(Permission.FINANCE_VIEW)
    @Path("tenants/{id}/statement.xlsx")
    @Produces(RawBody.XLSX)
    @Operation(summary = "A tenant's statement for a month as XLSX")
    @WorkbookResponse
    public Response statementWorkbook(@PathParam("id") Long id, @QueryParam("month") YearMonth month) {
        TenantStatement statement = statement(id, month);
        Locale locale = caller().locale();
        return Download.xlsx(out -> EconomicsWorkbook.write(statement, locale, out), EconomicsWorkbook.fileName(statement));
    }

    /** {@link PurchaseMargin} as answered: the remarks worded in the caller's language. */
    public record PurchaseOutlookAnswer(long requestId, Long siteId, String siteName, long gpus, YearMonth firstMonth,
                                        YearMonth trailingFrom, YearMonth trailingTo, BigDecimal targetUtilization,
                                        BigDecimal revenuePerCardHour, long typicalW, BigDecimal pue, BigDecimal tariff,
                                        long cabinetsToLease, BigDecimal leasePerCabinet, YearMonth breakEven,
                                        BigDecimal horizonMargin, List<MarginMonth> months, List<String> notes) {

        static PurchaseOutlookAnswer of(PurchaseMargin m, Locale locale) {
            return new PurchaseOutlookAnswer(m.requestId(), m.siteId(), m.siteName(), m.gpus(), m.firstMonth(), m.trailingFrom(),
                    m.trailingTo(), m.targetUtilization(), m.revenuePerCardHour(), m.typicalW(), m.pue(), m.tariff(),
                    m.cabinetsToLease(), m.leasePerCabinet(), m.breakEven(), m.horizonMargin(), m.months(), m.notes(locale));
        }
    }

    @GET
    @Requires(Permission.FINANCE_VIEW)
    @Path("purchase-requests/{id}/outlook")
    @Operation(summary = "What approving a purchase request would do to its site's gross margin, month by month for 36"
            + " months (revenue as the new cards' utilization ramps to the site's last 3 months', depreciation, cabinets"
            + " to lease, electricity, service), and the break-even month; nothing is changed")
    public PurchaseOutlookAnswer purchaseOutlook(@PathParam("id") Long id) {
        return PurchaseOutlookAnswer.of(facade().purchaseOutlook(caller(), id), caller().locale());
    }
}
