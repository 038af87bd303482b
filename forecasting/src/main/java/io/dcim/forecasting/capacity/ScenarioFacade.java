package io.dcim.forecasting.capacity;

import static io.dcim.common.access.Permission.CAPACITY_PLAN;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.forecasting.history.Resource;

/** Saved capacity-plan scenarios as every door changes them: {@code capacity.plan}, under the caller's name. */
public final class ScenarioFacade {

    private final ScenarioService scenarios;

    public ScenarioFacade(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    public PlanScenario save(Caller caller, String name, long siteId, Resource resource, PlanAssumptions assumptions) {
        return UseCase.call(caller, CAPACITY_PLAN, () -> scenarios.save(name, siteId, resource, assumptions, caller.username()));
    }

    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(caller, CAPACITY_PLAN, () -> scenarios.delete(id, expectedVersion));
    }
}
