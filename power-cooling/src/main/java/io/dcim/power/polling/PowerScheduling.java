package io.dcim.power.polling;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.time.Duration;
import java.util.Set;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Puts the power module's cluster-wide jobs into the application's Quartz scheduler: the alarms' evaluation every
 * 10 s and readings housekeeping every 5 minutes, each fired on one node of the cluster. The sweeps themselves
 * are per node ({@link NodeSweeps}: every node polls the targets it leases). The jobs find the
 * {@link PowerServices} in the scheduler context under {@link #CONTEXT_KEY}.
 *
 * <p>Misfires are not made up: a trigger that could not fire on time (a sweep still running, a busy thread
 * pool) waits for its next regular time instead of firing a backlog.
 */
public final class PowerScheduling {

    public static final String CONTEXT_KEY = "io.dcim.power.services";
    public static final String GROUP = "power";
    /** Before leases, the sweep was this clustered job (one node swept everything); a node's start removes it. */
    static final JobKey LEGACY_SWEEP = JobKey.jobKey("sweep", GROUP);
    public static final JobKey EVALUATE_ALARMS = JobKey.jobKey("evaluate-alarms", GROUP);
    public static final JobKey HOUSEKEEPING = JobKey.jobKey("housekeeping", GROUP);

    /** How often the jobs run: {@code sweep} is also each node's sweep period ({@link NodeSweeps}). */
    public record Periods(Duration sweep, Duration housekeeping) {

        public static final Periods DEFAULT = new Periods(Duration.ofSeconds(10), Duration.ofMinutes(5));

        public Periods {
            if (sweep == null || sweep.toMillis() < 1 || housekeeping == null || housekeeping.toMillis() < 1) {
                throw new InvalidValueException("periods", Message.of("power.polling.periods"));
            }
        }
    }

    private PowerScheduling() {
    }

    /** Registers (or replaces) the jobs with the default periods. */
    public static void register(Scheduler scheduler, PowerServices services) throws SchedulerException {
        register(scheduler, services, Periods.DEFAULT);
    }

    public static void register(Scheduler scheduler, PowerServices services, Periods periods) throws SchedulerException {
        scheduler.getContext().put(CONTEXT_KEY, services);
        scheduler.deleteJob(LEGACY_SWEEP);
        schedule(scheduler, JobBuilder.newJob(EvaluateAlarmsJob.class).withIdentity(EVALUATE_ALARMS).build(),
                periods.sweep());
        schedule(scheduler, JobBuilder.newJob(HousekeepingJob.class).withIdentity(HOUSEKEEPING).build(),
                periods.housekeeping());
    }

    /** Removes the jobs (e.g. when the simulator is switched off and nothing is to be polled). */
    public static void unregister(Scheduler scheduler) throws SchedulerException {
        scheduler.deleteJob(EVALUATE_ALARMS);
        scheduler.deleteJob(HOUSEKEEPING);
        scheduler.getContext().remove(CONTEXT_KEY);
    }

    static PowerServices services(JobExecutionContext context) {
        try {
            Object services = context.getScheduler().getContext().get(CONTEXT_KEY);
            if (!(services instanceof PowerServices s)) {
                throw new IllegalStateException("no PowerServices in the scheduler context under " + CONTEXT_KEY);
            }
            return s;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot read the scheduler context", e);
        }
    }

    private static void schedule(Scheduler scheduler, JobDetail job, Duration period) throws SchedulerException {
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(job.getKey().getName(), GROUP)
                .forJob(job)
                .startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(period.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }
}
