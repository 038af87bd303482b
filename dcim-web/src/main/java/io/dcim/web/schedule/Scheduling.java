package io.dcim.web.schedule;

import io.dcim.app.Services;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's scheduled work, on Quartz's clustered JDBC job store ({@link ClusteredJobStore}): however
 * many nodes run on one database, each trigger fires on one of them. Jobs are thin shells: they take the
 * services from the scheduler context (each node's own) and call one service method.
 */
public final class Scheduling implements AutoCloseable {

    static final String SERVICES = "services";
    private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

    private final Scheduler scheduler;

    private Scheduling(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** More jobs to schedule, such as the power module's, before the scheduler starts. */
    @FunctionalInterface
    public interface Jobs {
        void register(Scheduler scheduler) throws SchedulerException;
    }

    public static Scheduling start(Services services, Jobs... more) throws SchedulerException {
        return start(services, "AUTO", ClusteredJobStore.Timing.DEFAULT, more);
    }

    /**
     * Schedules the housekeeping jobs and {@code more}, then starts. Everything that writes to the
     * scheduler's context must do so before the start: Quartz copies that context, a plain map,
     * into each job it instantiates, and a write during the start-up jobs' copy fails them.
     *
     * <p>The two daily jobs also run once when they are first stored (the first start on a database), not at
     * every node's start: the cluster keeps their triggers, and a day missed while every node was down is
     * fired once when one comes back (misfire: fire now, then proceed).
     */
    public static Scheduling start(Services services, String instanceId, ClusteredJobStore.Timing timing, Jobs... more)
            throws SchedulerException {
        // Housekeeping, the SNMP sweep (which may wait up to 8 s) and the power roll-ups side by side.
        Scheduler scheduler = ClusteredJobStore.create(services.database(), instanceId, 4, timing);
        try {
            scheduler.getContext().put(SERVICES, services);
            JobDetail housekeeping = JobBuilder.newJob(ReleaseExpiredReservationsJob.class)
                    .withIdentity("release-expired-reservations", "housekeeping").build();
            // Shortly after midnight UTC, when yesterday's reservations expire.
            boolean housekeepingIsNew = storeOnce(scheduler, housekeeping, dailyUtc("daily", "housekeeping", 0, 5));
            JobDetail snapshot = JobBuilder.newJob(UtilizationSnapshotJob.class)
                    .withIdentity("utilization-snapshot", "forecasting").build();
            // Late in the day, so each day's row holds what the day ended with.
            boolean snapshotIsNew = storeOnce(scheduler, snapshot, dailyUtc("evening", "forecasting", 23, 50));
            Scheduler modules = UnchangedTriggersKept.around(scheduler);
            // Webhooks every 10 s: the outbox's latency to a destination is at most that plus the send.
            JobDetail webhooks = JobBuilder.newJob(WebhookDeliveryJob.class).withIdentity("webhook-delivery", "events").build();
            modules.scheduleJob(webhooks, repeating("every-10s", "events", SimpleScheduleBuilder.repeatSecondlyForever(10)));
            JobDetail expiring = JobBuilder.newJob(ReservationExpiryJob.class).withIdentity("reservation-expiry", "events").build();
            modules.scheduleJob(expiring, repeating("hourly", "events", SimpleScheduleBuilder.repeatHourlyForever()));
            for (Jobs jobs : more) {
                jobs.register(modules);
            }
            scheduler.start();
            if (housekeepingIsNew) {
                scheduler.triggerJob(housekeeping.getKey());
            }
            if (snapshotIsNew) {
                scheduler.triggerJob(snapshot.getKey());
            }
            log.info("Scheduler {} joined the cluster (instance {})", ClusteredJobStore.SCHEDULER_NAME,
                    scheduler.getSchedulerInstanceId());
            return new Scheduling(scheduler);
        } catch (SchedulerException | RuntimeException e) {
            scheduler.shutdown(false);
            throw e;
        }
    }

    /**
     * Fires every day at {@code hour:minute} UTC; a day missed while every node was down is fired once when one
     * comes back (misfire: fire now, then proceed).
     */
    private static Trigger dailyUtc(String name, String group, int hour, int minute) {
        return TriggerBuilder.newTrigger().withIdentity(name, group)
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(hour, minute).inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** Fires from now on at the schedule's interval; fires missed while every node was down are skipped, not caught up. */
    private static Trigger repeating(String name, String group, SimpleScheduleBuilder schedule) {
        return TriggerBuilder.newTrigger().withIdentity(name, group).startNow()
                .withSchedule(schedule.withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /**
     * Stores the job with its trigger unless the cluster has it already (then a changed schedule replaces the
     * stored one); true when this call stored it first. Two nodes starting together on a new database both
     * try: the store's primary key lets one win, the other is told the job exists.
     */
    private static boolean storeOnce(Scheduler scheduler, JobDetail job, Trigger trigger) throws SchedulerException {
        if (UnchangedTriggersKept.alreadyStored(scheduler, job, Set.of(trigger))) {
            return false;
        }
        try {
            scheduler.scheduleJob(job, trigger);
            return true;
        } catch (ObjectAlreadyExistsException e) {
            if (!UnchangedTriggersKept.alreadyStored(scheduler, job, Set.of(trigger))) {
                scheduler.scheduleJob(job, Set.of(trigger), true);
            }
            return false;
        }
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    /** How long a shutdown waits for the jobs under way on this node. */
    static final java.time.Duration JOBS_GRACE = java.time.Duration.ofSeconds(30);

    /**
     * Stops firing, lets the jobs under way finish for up to {@link #JOBS_GRACE}, then shuts down without waiting
     * for the worker threads. Quartz's own wait ({@code shutdown(true)}) never ended when the database had gone
     * first: a worker that had finished its job retried recording that in the job store, and only the job store's
     * shutdown, which comes after that wait, stops the retries (a fresh-clone test run hung in
     * ApplicationIT.healthAnswers503WhenTheDatabaseIsGone).
     */
    @Override
    public void close() throws SchedulerException {
        scheduler.standby();
        long deadline = System.nanoTime() + JOBS_GRACE.toNanos();
        while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        scheduler.shutdown(false);
    }
}
