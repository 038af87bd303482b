package io.dcim.power.polling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rolls readings up and purges old ones; never two at once (roll-ups are meant to run one at a time). */
@DisallowConcurrentExecution
public final class HousekeepingJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(HousekeepingJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            PowerServices services = PowerScheduling.services(context);
            Housekeeping.Result result = services.housekeep(services.clock().instant());
            log.debug("Readings housekeeping: {}", result);
        } catch (RuntimeException e) {
            throw new JobExecutionException("readings housekeeping failed", e, false);
        }
    }
}
