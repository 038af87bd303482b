package io.dcim.app;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.Forecaster;
import io.dcim.forecasting.capacity.CapacityPlanner;
import io.dcim.forecasting.capacity.PurchaseDrafts;
import io.dcim.forecasting.capacity.ScenarioService;
import io.dcim.forecasting.demand.DemandFacade;
import io.dcim.forecasting.demand.DemandForecast;
import io.dcim.forecasting.demand.DemandService;
import io.dcim.forecasting.history.LoadSource;
import io.dcim.forecasting.history.UtilizationHistory;
import io.dcim.forecasting.power.PowerForecasts;
import io.dcim.power.load.PowerTrends;
import io.dcim.procurement.request.PurchaseRequestService;
import java.time.Clock;
import java.util.Optional;

/**
 * The forecasting module's services: history of use, the demand pipeline, the outlook, the
 * capacity plan, saved scenarios and draft purchase requests made from recommendations; and the demand
 * pipeline's use cases (permission, caller's name), what pages and the API call to change it.
 */
public record ForecastingServices(UtilizationHistory history, DemandService pipeline, DemandForecast outlook,
        CapacityPlanner planner, ScenarioService scenarios, PurchaseDrafts drafts, Forecaster forecaster, Clock clock,
        DemandFacade demandFacade) {

    static ForecastingServices build(Database db, Clock clock, LoadSource measuredLoad, PurchaseRequestService requests) {
        UtilizationHistory history = new UtilizationHistory(db, clock, Optional.of(measuredLoad));
        DemandService pipeline = new DemandService(db);
        Forecaster forecaster = new Forecaster();
        DemandForecast outlook = new DemandForecast(history, pipeline, forecaster, clock,
                new io.dcim.forecasting.usage.UsageQueries(db));
        CapacityPlanner planner = new CapacityPlanner(db, clock, outlook);
        return new ForecastingServices(history, pipeline, outlook, planner, new ScenarioService(db, planner),
                new PurchaseDrafts(requests), forecaster, clock, new DemandFacade(db, pipeline));
    }

    /** Forecasts of a site's or a cabinet's measured power (the running power module's trends), for both doors. */
    public PowerForecasts powerForecasts(PowerTrends trends) {
        return new PowerForecasts(trends, forecaster, clock);
    }

    /** Scenario use cases. */
    public io.dcim.forecasting.capacity.ScenarioFacade scenarioFacade() {
        return new io.dcim.forecasting.capacity.ScenarioFacade(scenarios);
    }
}
