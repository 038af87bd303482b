package io.dcim.app;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.usage.MappingService;
import io.dcim.forecasting.usage.RentalFacade;
import io.dcim.forecasting.usage.RentalService;
import io.dcim.forecasting.usage.SacctImport;
import io.dcim.forecasting.usage.UsageFacade;
import io.dcim.forecasting.usage.UsageImportFacade;
import io.dcim.forecasting.usage.UsageQueries;

/**
 * Usage actually consumed (forecasting.usage): the published queries other features read, and the facades the
 * doors call for utilization, the Slurm import and its mappings, and whole-server rentals.
 */
public record UsageServices(UsageQueries queries, UsageFacade facade, UsageImportFacade imports, RentalFacade rentals) {

    static UsageServices build(Database db) {
        UsageQueries queries = new UsageQueries(db);
        return new UsageServices(queries, new UsageFacade(queries),
                new UsageImportFacade(new SacctImport(db), new MappingService(db)),
                new RentalFacade(db, new RentalService(db)));
    }
}
