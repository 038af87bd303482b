package io.dcim.forecasting;

import io.dcim.common.persistence.PersistenceUnit;
import io.dcim.forecasting.capacity.PlanScenario;
import io.dcim.forecasting.demand.DemandEntry;
import io.dcim.forecasting.economics.ElectricityTariff;
import io.dcim.forecasting.economics.GpuClassPrice;
import io.dcim.forecasting.economics.PrepaidPackage;
import io.dcim.forecasting.economics.TenantContract;
import io.dcim.forecasting.usage.AccountMapping;
import io.dcim.forecasting.usage.PartitionMapping;
import io.dcim.forecasting.usage.ServerRental;
import java.util.List;

/**
 * The forecasting module's entities. The utilization history is not one: it is written and read in bulk with
 * JDBC ({@code history.HistoryStore}); its table is still owned by Flyway.
 */
public final class ForecastingPersistence implements PersistenceUnit {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(DemandEntry.class, PlanScenario.class, ServerRental.class, GpuClassPrice.class, TenantContract.class,
                PrepaidPackage.class, ElectricityTariff.class, AccountMapping.class, PartitionMapping.class);
    }
}
