package io.dcim.rest.energy;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.power.energy.ContractTerms;
import io.dcim.power.energy.ContractView;
import io.dcim.power.energy.EnergyFacade;
import io.dcim.power.energy.EnergyReport;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Download;
import io.dcim.rest.RawBody;
import io.dcim.rest.Required;
import io.dcim.rest.Requires;
import io.dcim.rest.VersionRead;
import io.dcim.rest.WorkbookResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The green-data-centre report of a site and the supply contracts its renewable share comes from, through
 * {@link EnergyFacade}: reading needs {@code energy.report}, recording contracts {@code energy.edit}.
 */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "energy", description = "energy report against the national targets; energy supply contracts")
public class EnergyResource extends ApiResource {

    @Inject
    public EnergyResource(Services services) {
        super(services);
    }

    private EnergyFacade energy() {
        return services.power().energyFacade();
    }

    @GET
    @Requires(Permission.ENERGY_REPORT)
    @Path("sites/{id}/energy-report")
    @Operation(summary = "A site's energy year against the 2025 national targets",
            description = "Per month of the site's time zone and for the year: IT and facility kWh (energy counters"
                    + " where the PDUs meter them, else integrated power), PUE (facility over IT energy), rack"
                    + " occupancy (cabinets in use over cabinets leased), renewable share (from the supply contracts),"
                    + " CO2 (facility kWh x the site's grid emission factor), IT kWh per GPU-hour in service; each"
                    + " marked PASS, FAIL or UNKNOWN against its target.")
    public EnergyReport report(@PathParam("id") Long siteId,
            @Parameter(description = "the calendar year, e.g. 2025", required = true) @QueryParam("year") Integer year) {
        return energy().report(caller(), siteId, year(year));
    }

    @GET
    @Requires(Permission.ENERGY_REPORT)
    @Path("sites/{id}/energy-report.xlsx")
    @Produces(RawBody.XLSX)
    @Operation(summary = "The energy report as a workbook, in the reader's language (Accept-Language)")
    @WorkbookResponse
    public Response workbook(@PathParam("id") Long siteId,
            @Parameter(description = "the calendar year, e.g. 2025", required = true) @QueryParam("year") Integer year) {
        int asked = year(year);
        byte[] xlsx = energy().workbook(caller(), siteId, asked);
        return Download.xlsx(xlsx, "energy-site-" + siteId + "-" + asked + ".xlsx");
    }

    @Schema(name = "SupplyContractBody", description = "either renewableKwh or renewableSharePct")
    public record ContractBody(@NotBlank @Size(max = 200) String supplier, @NotNull LocalDate validFrom,
                               @NotNull LocalDate validTo,
                               @Schema(description = "renewable kWh delivered over the whole period") Long renewableKwh,
                               @Schema(description = "renewable share of what the site draws, 0 to 100")
                               BigDecimal renewableSharePct,
                               @Schema(description = "the version read (edits only)") Integer version) {

        ContractTerms terms() {
            return new ContractTerms(supplier, validFrom, validTo, renewableKwh, renewableSharePct);
        }
    }

    @GET
    @Requires(Permission.ENERGY_REPORT)
    @Path("sites/{id}/supply-contracts")
    @Operation(summary = "The site's energy supply contracts, oldest first")
    public List<ContractView> contracts(@PathParam("id") Long siteId) {
        return energy().contracts(caller(), siteId);
    }

    @POST
    @Requires(Permission.ENERGY_EDIT)
    @Path("sites/{id}/supply-contracts")
    @Operation(summary = "Record a supply contract of the site")
    @ApiResponse(responseCode = "201", description = "recorded", useReturnTypeSchema = true)
    public ContractView addContract(@PathParam("id") Long siteId, @Valid @NotNull ContractBody body) {
        return energy().addContract(caller(), siteId, body.terms());
    }

    @GET
    @Requires(Permission.ENERGY_REPORT)
    @Path("supply-contracts/{id}")
    @Operation(summary = "One supply contract, with the version an edit names")
    public ContractView contract(@PathParam("id") Long id) {
        return energy().contract(caller(), id);
    }

    @PUT
    @Requires(Permission.ENERGY_EDIT)
    @Path("supply-contracts/{id}")
    @Operation(summary = "Replace a supply contract's terms, against the version read")
    public ContractView editContract(@PathParam("id") Long id, @Valid @NotNull ContractBody body) {
        return energy().editContract(caller(), id, version(body.version()), body.terms());
    }

    @DELETE
    @Requires(Permission.ENERGY_EDIT)
    @Path("supply-contracts/{id}")
    @Operation(summary = "Remove a supply contract recorded by mistake")
    @ApiResponse(responseCode = "204", description = "removed")
    public void removeContract(@PathParam("id") Long id, @BeanParam VersionRead read) {
        energy().removeContract(caller(), id, read.version());
    }

    private static int year(Integer year) {
        return Required.value("year", year);
    }
}
