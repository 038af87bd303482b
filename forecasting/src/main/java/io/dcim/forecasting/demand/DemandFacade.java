package io.dcim.forecasting.demand;

import static io.dcim.common.access.Permission.CAPACITY_PLAN;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.forecasting.training.CardRequirement;
import java.time.LocalDate;

/** The demand pipeline as every door changes it: {@code capacity.plan}, one transaction each, under the caller's name. */
public final class DemandFacade {

    private final DemandService pipeline;

    public DemandFacade(DemandService pipeline) {
        this.pipeline = pipeline;
    }

    public DemandEntry create(Caller caller, DemandInput input) {
        return UseCase.call(caller, CAPACITY_PLAN, () -> pipeline.create(input));
    }

    public DemandEntry edit(Caller caller, long id, int expectedVersion, DemandInput input) {
        return UseCase.call(caller, CAPACITY_PLAN, () -> pipeline.edit(id, expectedVersion, input));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(caller, CAPACITY_PLAN, () -> pipeline.delete(id, expectedVersion));
    }

    /** A training job's cards as a demand entry of the pipeline. */
    public DemandEntry fromTraining(Caller caller, CardRequirement requirement, long tenantId, long siteId, LocalDate start) {
        return UseCase.call(caller, CAPACITY_PLAN, () -> pipeline.fromTraining(requirement, tenantId, siteId, start));
    }
}
