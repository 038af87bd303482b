package io.dcim.forecasting;

import io.dcim.common.persistence.PersistenceUnit;
import io.dcim.forecasting.capacity.PlanScenario;
import io.dcim.forecasting.demand.DemandEntry;
import io.dcim.forecasting.usage.ServerRental;
import java.util.List;

/**
 * The forecasting module's entities. The utilization history is not one: it is written and read in bulk with
 * JDBC ({@code history.HistoryStore}); its table is still owned by Flyway.
 */
public final class ForecastingPersistence implements PersistenceUnit {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(DemandEntry.class, PlanScenario.class, ServerRental.class);
    }
}
