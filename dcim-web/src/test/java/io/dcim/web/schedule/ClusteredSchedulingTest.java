package io.dcim.web.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * Two schedulers ("nodes") on one database, as two application nodes on one PostgreSQL: each firing of a
 * trigger runs on one node only, and when a node stops the other fires its triggers. Short periods (a
 * firing every 250 ms, a check-in every 500 ms) keep it to a few seconds.
 */
class ClusteredSchedulingTest {

    private static final ClusteredJobStore.Timing FAST = new ClusteredJobStore.Timing(Duration.ofMillis(500),
            Duration.ofSeconds(1));
    private static final long PERIOD_MS = 250;

    /** Every firing: which node ran it, and the time it was scheduled for (the same for a firing on any node). */
    record Firing(String node, long scheduledFor) {
    }

    static final List<Firing> FIRINGS = new CopyOnWriteArrayList<>();

    @DisallowConcurrentExecution
    public static final class Tick implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                FIRINGS.add(new Firing(context.getScheduler().getSchedulerInstanceId(),
                        context.getScheduledFireTime().getTime()));
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @BothDatabases
    void eachFiringOfATriggerRunsOnOneNodeOnlyAndTheSurvivorTakesOverWhenANodeStops(Database db) throws Exception {
        FIRINGS.clear();
        Scheduler a = ClusteredJobStore.create(db, "node-a", 2, FAST);
        Scheduler b = ClusteredJobStore.create(db, "node-b", 2, FAST);
        try {
            // Both nodes register the same job at start, as every application node does.
            register(a);
            register(UnchangedTriggersKept.around(b));
            a.start();
            b.start();
            awaitFirings("8 firings", () -> FIRINGS.size() >= 8);
            a.shutdown(true);
            long stopped = System.currentTimeMillis();
            int before = FIRINGS.size();
            // Under load the survivor may first run firings that were due before the stop: wait for one due after it.
            awaitFirings("4 firings after the stop, the last due after it", () -> FIRINGS.size() >= before + 4
                    && FIRINGS.get(FIRINGS.size() - 1).scheduledFor() > stopped);

            Map<Long, Integer> perFiring = new TreeMap<>();
            FIRINGS.forEach(f -> perFiring.merge(f.scheduledFor(), 1, Integer::sum));
            assertThat(perFiring.values()).as("node runs per scheduled firing").allMatch(n -> n == 1);
            List<Firing> afterStop = new ArrayList<>(FIRINGS.subList(before, FIRINGS.size()));
            assertThat(afterStop).hasSizeGreaterThanOrEqualTo(4).allMatch(f -> f.node().equals("node-b"));
            assertThat(afterStop.get(afterStop.size() - 1).scheduledFor()).isGreaterThan(stopped);
        } finally {
            if (!a.isShutdown()) {
                a.shutdown(false);
            }
            b.shutdown(true);
        }
    }

    private static void register(Scheduler scheduler) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(Tick.class).withIdentity("tick", "test").build();
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity("tick", "test").forJob(job).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withIntervalInMilliseconds(PERIOD_MS)
                        .repeatForever().withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(job, java.util.Set.of(trigger), true);
    }

    private static void awaitFirings(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(done.getAsBoolean()).as(what + " within 20 s, got " + FIRINGS).isTrue();
    }
}
