package io.dcim.rest.usage;

import static io.dcim.rest.Required.version;

import io.dcim.app.Services;
import io.dcim.app.UsageServices;
import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.text.MultiLine;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.usage.AccountMapping;
import io.dcim.forecasting.usage.MappingInput;
import io.dcim.forecasting.usage.PartitionMapping;
import io.dcim.forecasting.usage.RentalInput;
import io.dcim.forecasting.usage.ServerRental;
import io.dcim.forecasting.usage.UsageImportReport;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Checked;
import io.dcim.rest.DryRun;
import io.dcim.rest.ErrorBody;
import io.dcim.rest.Requires;
import io.dcim.rest.VersionRead;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
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
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

/** Usage over HTTP: Slurm accounting imports, the account and partition mappings, whole-server rentals. */
@Singleton
@Path("/usage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "usage", description = "card-hours used: Slurm imports, their mappings, whole-server rentals")
public class UsageResource extends ApiResource {

    @Inject
    public UsageResource(Services services) {
        super(services);
    }

    private UsageServices usage() {
        return services.usage();
    }

    @POST
    @Requires(Permission.USAGE_IMPORT)
    @Path("imports")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Import Slurm job accounting (sacct --parsable2 output); all jobs or none",
            description = "The body is the output of sacct --parsable2 with a header line and at least the columns JobID,"
                    + " Cluster, Account, Partition, AllocTRES, Start and End (e.g. sacct -a -X --parsable2 -S 2025-03-01"
                    + " -E 2025-04-01 -o JobID,Cluster,Account,User,Partition,AllocTRES,Start,End,State). Read as a"
                    + " stream, whatever its size. Each finished job is recorded once by cluster and job id (a re-import"
                    + " of an overlapping file adds nothing); job steps and jobs not started or not ended are left out;"
                    + " cards (gres/gpu) and cores (cpu) × time are added per day of the partition's site (split at the"
                    + " site's midnight), GPU class and the account's tenant. Sent as application/octet-stream (the API"
                    + " refuses text/plain bodies, which a cross-site page could send without a preflight). Needs"
                    + " usage.import.",
            requestBody = @RequestBody(required = true, description = "sacct's output", content =
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = "string",
                            format = "binary"))))
    @ApiResponse(responseCode = "200", description = "imported (or checked, with dryRun)",
            content = @Content(schema = @Schema(implementation = UsageImportReport.class)))
    @ApiResponse(responseCode = "422", description = "every refused line (the first 1,000), by line and column; nothing"
            + " was imported", content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Response importSacct(@BeanParam DryRun dryRun, @Parameter(hidden = true) InputStream file) {
        Caller caller = caller();
        UsageImportReport report = dryRun.asked() ? usage().imports().check(caller, file, n -> { })
                : usage().imports().apply(caller, file, n -> { });
        return Checked.answer(report.isValid(), report, report.refused() + " line(s) refused; nothing was imported",
                "file");
    }

    /** {@code POST /usage/account-mappings}, {@code PATCH …/{id}} with the version read. */
    public record AccountMappingBody(Integer version, String cluster, String account, Long tenantId) {
    }

    /** {@code POST /usage/partition-mappings}, {@code PATCH …/{id}} with the version read. */
    public record PartitionMappingBody(Integer version, String cluster, String partition, Long siteId, GpuClass gpuClass) {
    }

    @GET
    @Path("account-mappings")
    @Operation(summary = "Which tenant each Slurm account of each cluster bills")
    public List<AccountMapping> accounts() {
        return usage().imports().accounts(caller());
    }

    @POST
    @Requires(Permission.USAGE_IMPORT)
    @Path("account-mappings")
    @Operation(summary = "Map a Slurm account of a cluster to a tenant")
    @ApiResponse(responseCode = "201", description = "mapped", useReturnTypeSchema = true)
    public AccountMapping createAccount(@Valid @NotNull AccountMappingBody body) {
        return usage().imports().createAccount(caller(), new MappingInput(body.cluster(), body.account(),
                body.tenantId(), null, null));
    }

    @PATCH
    @Requires(Permission.USAGE_IMPORT)
    @Path("account-mappings/{id}")
    @Operation(summary = "Change an account mapping, against the version read")
    public AccountMapping editAccount(@PathParam("id") Long id, @Valid @NotNull AccountMappingBody body) {
        return usage().imports().editAccount(caller(), id, version(body.version()), new MappingInput(body.cluster(),
                body.account(), body.tenantId(), null, null));
    }

    @DELETE
    @Requires(Permission.USAGE_IMPORT)
    @Path("account-mappings/{id}")
    @Operation(summary = "Remove an account mapping (jobs already imported keep their tenant)")
    @ApiResponse(responseCode = "204", description = "removed")
    public void deleteAccount(@PathParam("id") Long id, @BeanParam VersionRead read) {
        usage().imports().deleteAccount(caller(), id, read.version());
    }

    @GET
    @Path("partition-mappings")
    @Operation(summary = "Which site and GPU class each Slurm partition of each cluster runs on")
    public List<PartitionMapping> partitions() {
        return usage().imports().partitions(caller());
    }

    @POST
    @Requires(Permission.USAGE_IMPORT)
    @Path("partition-mappings")
    @Operation(summary = "Map a Slurm partition of a cluster to a site and GPU class")
    @ApiResponse(responseCode = "201", description = "mapped", useReturnTypeSchema = true)
    public PartitionMapping createPartition(@Valid @NotNull PartitionMappingBody body) {
        return usage().imports().createPartition(caller(), new MappingInput(body.cluster(), body.partition(), null,
                body.siteId(), body.gpuClass()));
    }

    @PATCH
    @Requires(Permission.USAGE_IMPORT)
    @Path("partition-mappings/{id}")
    @Operation(summary = "Change a partition mapping, against the version read")
    public PartitionMapping editPartition(@PathParam("id") Long id, @Valid @NotNull PartitionMappingBody body) {
        return usage().imports().editPartition(caller(), id, version(body.version()), new MappingInput(body.cluster(),
                body.partition(), null, body.siteId(), body.gpuClass()));
    }

    @DELETE
    @Requires(Permission.USAGE_IMPORT)
    @Path("partition-mappings/{id}")
    @Operation(summary = "Remove a partition mapping (jobs already imported keep their site and class)")
    @ApiResponse(responseCode = "204", description = "removed")
    public void deletePartition(@PathParam("id") Long id, @BeanParam VersionRead read) {
        usage().imports().deletePartition(caller(), id, read.version());
    }

    /** {@code POST /usage/rentals}, and {@code PATCH /usage/rentals/{id}} with the whole rental and the version read. */
    public record RentalBody(Integer version, Long tenantId, Long siteId, GpuClass gpuClass, Integer servers,
                             Integer cardsPerServer, Integer coresPerServer, LocalDate startDate, Integer months,
                             @MultiLine String note) {
    }

    @GET
    @Path("rentals")
    @Operation(summary = "Whole-server rentals (of one site when asked), latest start first")
    public List<ServerRental> rentals(@QueryParam("site") Long site) {
        return usage().rentals().list(caller(), site);
    }

    @GET
    @Path("rentals/{id}")
    @Operation(summary = "One whole-server rental")
    public ServerRental rental(@PathParam("id") Long id) {
        return usage().rentals().find(caller(), id);
    }

    @POST
    @Requires(Permission.USAGE_MANAGE)
    @Path("rentals")
    @Operation(summary = "Record servers a tenant rents whole by the month, prepaid: every card counts as used for the term")
    @ApiResponse(responseCode = "201", description = "recorded", useReturnTypeSchema = true)
    public ServerRental createRental(@Valid @NotNull RentalBody body) {
        return usage().rentals().create(caller(), input(body));
    }

    @PATCH
    @Requires(Permission.USAGE_MANAGE)
    @Path("rentals/{id}")
    @Operation(summary = "Replace a rental, against the version read")
    public ServerRental editRental(@PathParam("id") Long id, @Valid @NotNull RentalBody body) {
        return usage().rentals().edit(caller(), id, version(body.version()), input(body));
    }

    @DELETE
    @Requires(Permission.USAGE_MANAGE)
    @Path("rentals/{id}")
    @Operation(summary = "Remove a rental recorded by mistake")
    @ApiResponse(responseCode = "204", description = "removed")
    public void deleteRental(@PathParam("id") Long id, @BeanParam VersionRead read) {
        usage().rentals().delete(caller(), id, read.version());
    }

    private static RentalInput input(RentalBody b) {
        return new RentalInput(b.tenantId(), b.siteId(), b.gpuClass(), b.servers(), b.cardsPerServer(), b.coresPerServer(),
                b.startDate(), b.months(), b.note());
    }
}
