package io.dcim.web.schedule;

import io.dcim.app.Services;
import java.util.Properties;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The application's scheduled work, on Quartz with an in-memory job store. Jobs are thin
 * shells: they take the services from the scheduler context and call one service method.
 */
public final class Scheduling implements AutoCloseable {

    static final String SERVICES = "services";

    private final Scheduler scheduler;

    private Scheduling(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** More jobs to schedule, such as the power module's, before the scheduler starts. */
    @FunctionalInterface
    public interface Jobs {
        void register(Scheduler scheduler) throws SchedulerException;
    }

    /**
     * Schedules the housekeeping jobs and {@code more}, then starts. Everything that writes to the
     * scheduler's context must do so before the start: Quartz copies that context, a plain map,
     * into each job it instantiates, and a write during the start-up jobs' copy fails them.
     */
    public static Scheduling start(Services services, Jobs... more) throws SchedulerException {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "dcim");
        // Housekeeping, the SNMP sweep (which may wait up to 8 s) and the power roll-ups side by side.
        properties.setProperty("org.quartz.threadPool.threadCount", "4");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        scheduler.getContext().put(SERVICES, services);
        JobDetail housekeeping = JobBuilder.newJob(ReleaseExpiredReservationsJob.class)
                .withIdentity("release-expired-reservations", "housekeeping").build();
        // Shortly after midnight UTC, when yesterday's reservations expire; and once at start-up.
        Trigger daily = TriggerBuilder.newTrigger().withIdentity("daily", "housekeeping")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(0, 5).inTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(housekeeping, daily);
        JobDetail snapshot = JobBuilder.newJob(UtilizationSnapshotJob.class)
                .withIdentity("utilization-snapshot", "forecasting").build();
        // Late in the day, so each day's row holds what the day ended with; at start-up too, so today has one.
        Trigger evening = TriggerBuilder.newTrigger().withIdentity("evening", "forecasting")
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(23, 50).inTimeZone(java.util.TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(snapshot, evening);
        // Webhooks every 10 s: the outbox's latency to a destination is at most that plus the send.
        JobDetail webhooks = JobBuilder.newJob(WebhookDeliveryJob.class).withIdentity("webhook-delivery", "events").build();
        scheduler.scheduleJob(webhooks, TriggerBuilder.newTrigger().withIdentity("every-10s", "events").startNow()
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(10).withMisfireHandlingInstructionNextWithRemainingCount())
                .build());
        JobDetail expiring = JobBuilder.newJob(ReservationExpiryJob.class).withIdentity("reservation-expiry", "events").build();
        scheduler.scheduleJob(expiring, TriggerBuilder.newTrigger().withIdentity("hourly", "events").startNow()
                .withSchedule(SimpleScheduleBuilder.repeatHourlyForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build());
        for (Jobs jobs : more) {
            jobs.register(scheduler);
        }
        scheduler.start();
        scheduler.triggerJob(housekeeping.getKey());
        scheduler.triggerJob(snapshot.getKey());
        return new Scheduling(scheduler);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }
}
