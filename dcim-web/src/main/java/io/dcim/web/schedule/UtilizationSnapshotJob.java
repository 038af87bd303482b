package io.dcim.web.schedule;

import io.dcim.app.Services;
import java.time.LocalDate;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records today's use of every site's GPUs, power, cabinets and U: the history the forecasts read. */
@DisallowConcurrentExecution
public final class UtilizationSnapshotJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(UtilizationSnapshotJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Services services = (Services) context.getScheduler().getContext().get(Scheduling.SERVICES);
            LocalDate day = services.forecasting().history().snapshotAll();
            log.info("Utilization snapshot of {} recorded", day);
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("the utilization snapshot failed", e);
        }
    }
}
