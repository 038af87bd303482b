package io.dcim.web;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.capacity.CapacityPlanner;
import io.dcim.forecasting.demand.DemandForecast;
import io.dcim.forecasting.demand.DemandService;
import io.dcim.forecasting.history.LoadSource;
import io.dcim.forecasting.history.UtilizationHistory;
import java.time.Clock;
import java.util.Optional;

/** The forecasting module's services: history of use, the demand pipeline, the outlook and the capacity plan. */
public record ForecastingServices(UtilizationHistory history, DemandService pipeline, DemandForecast outlook,
        CapacityPlanner planner) {

    static ForecastingServices build(Database db, Clock clock, LoadSource measuredLoad) {
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.of(measuredLoad));
        DemandService pipeline = new DemandService(db);
        DemandForecast outlook = new DemandForecast(history, pipeline, new Forecaster(), clock);
        return new ForecastingServices(history, pipeline, outlook, new CapacityPlanner(db, clock, outlook));
    }
}
