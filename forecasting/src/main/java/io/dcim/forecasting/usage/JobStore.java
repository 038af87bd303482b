package io.dcim.forecasting.usage;

import java.sql.SQLException;
import java.util.List;

/** Where an import records its jobs: usage_job, on the import's connection and in its transaction. */
interface JobStore {

    /**
     * Writes the jobs usage_job does not hold yet and returns them, in the order given.
     *
     * @param jobs no two with the same cluster and job id
     */
    List<JobWriter.Pending> insertNew(List<JobWriter.Pending> jobs) throws SQLException;
}
