package io.dcim.forecasting.demand;

import static io.dcim.common.access.Permission.CAPACITY_PLAN;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.training.CardRequirement;
import java.time.LocalDate;

/** The demand pipeline as every door changes it: {@code capacity.plan}, one transaction each, under the caller's name. */
public final class DemandFacade extends ObjectUseCases<DemandEntry, DemandInput> {

    private final DemandService pipeline;

    public DemandFacade(Database db, DemandService pipeline) {
        super(db, CAPACITY_PLAN, pipeline::create, pipeline::edit, pipeline::delete);
        this.pipeline = pipeline;
    }

    /** A training job's cards as a demand entry of the pipeline. */
    public DemandEntry fromTraining(Caller caller, CardRequirement requirement, long tenantId, long siteId, LocalDate start) {
        return UseCase.call(caller, CAPACITY_PLAN, () -> pipeline.fromTraining(requirement, tenantId, siteId, start));
    }
}
