package io.dcim.power.lldp;

import io.dcim.common.access.Caller;
import java.time.Duration;
import java.util.Set;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every site's switches over LLDP and records the cabling check, which raises and clears the cabling
 * alarms: a thin Quartz shell over {@link LldpCheck#record}, every {@link #PERIOD} (neighbour tables change when
 * someone re-patches, not by the second), never two at once. A site that fails is logged; the others go on.
 */
@DisallowConcurrentExecution
public final class CablingCheckJob implements Job {

    public static final Duration PERIOD = Duration.ofMinutes(5);
    public static final JobKey KEY = JobKey.jobKey("cabling-check", "power");
    private static final String CONTEXT_KEY = "io.dcim.power.lldpCheck";
    private static final Logger LOG = LoggerFactory.getLogger(CablingCheckJob.class);

    /** Registers (or replaces) the job; the check is found in the scheduler context. */
    public static void register(Scheduler scheduler, LldpCheck check) throws SchedulerException {
        scheduler.getContext().put(CONTEXT_KEY, check);
        JobDetail job = JobBuilder.newJob(CablingCheckJob.class).withIdentity(KEY).build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(KEY.getName(), KEY.getGroup()).forJob(job)
                .startNow().withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(PERIOD.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        LldpCheck check;
        try {
            check = (LldpCheck) context.getScheduler().getContext().get(CONTEXT_KEY);
        } catch (SchedulerException e) {
            throw new JobExecutionException("cannot read the scheduler context", e, false);
        }
        if (check == null) {
            return;
        }
        Caller system = Caller.system("cabling-check");
        for (long site : check.sites()) {
            try {
                check.record(system, site);
            } catch (RuntimeException e) {
                LOG.warn("Cabling check of site {} failed: {}", site, e.toString());
            }
        }
    }
}
