package io.dcim.power.polling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Sweeps the due targets and evaluates the alarms; never two at once. */
@DisallowConcurrentExecution
public final class SweepJob implements Job {

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            PowerServices services = PowerScheduling.services(context);
            services.sweepAndEvaluate(services.clock().instant());
        } catch (RuntimeException e) {
            // Not refired: the next trigger, seconds away, sweeps again.
            throw new JobExecutionException("power sweep failed", e, false);
        }
    }
}
