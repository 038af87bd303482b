package io.dcim.rest.power;

import io.dcim.app.Services;
import io.dcim.common.access.Permission;
import io.dcim.power.polling.PollingNodesFacade.PollingNodes;
import io.dcim.rest.ApiResource;
import io.dcim.rest.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The nodes sharing the database's polling: who is live and how many targets each leases. */
@Singleton
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cluster", description = "the application nodes on one database")
public class ClusterResource extends ApiResource {

    @Inject
    public ClusterResource(Services services) {
        super(services);
    }

    @GET
    @Requires(Permission.METRICS_READ)
    @Path("cluster/nodes")
    @Operation(summary = "The live polling nodes",
            description = "Every node heard from within a lease's length (20 s), oldest first, with its host, start,"
                    + " last heartbeat and the number of targets it leases; answeredBy names the node that read it.")
    public PollingNodes nodes() {
        return services.power().pollingNodes().nodes(caller());
    }
}
