package io.dcim.web.schedule;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

/**
 * The scheduler handed to the modules' job registrations ({@link Scheduling.Jobs}): a job whose triggers are
 * already stored with the same schedule is left as it is, instead of being replaced.
 *
 * <p>Why: the job store is shared by every node and survives restarts. The modules register their jobs at each
 * start with "schedule, replacing" and a trigger that starts now ({@code PowerScheduling}, {@code CablingCheckJob});
 * replacing would make each node's start fire every job once more and restart its period. Kept, a trigger goes
 * on from where the cluster had it. A schedule that did change (a new version's period or cron) still replaces
 * it, and a job not stored yet is added. A proxy, so the modules keep using Quartz's own interface and need not
 * know whether the store is in memory or shared.
 */
final class UnchangedTriggersKept {

    private UnchangedTriggersKept() {
    }

    static Scheduler around(Scheduler scheduler) {
        return (Scheduler) Proxy.newProxyInstance(Scheduler.class.getClassLoader(), new Class<?>[] {Scheduler.class},
                (proxy, method, args) -> {
                    if (isScheduleJob(method) && alreadyStored(scheduler, (JobDetail) args[0], triggers(args[1]))) {
                        return scheduleJobAnswer(method, args);
                    }
                    try {
                        return method.invoke(scheduler, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static boolean isScheduleJob(Method method) {
        Class<?>[] types = method.getParameterTypes();
        return method.getName().equals("scheduleJob") && types.length >= 2 && types[0] == JobDetail.class;
    }

    @SuppressWarnings("unchecked")
    private static Collection<? extends Trigger> triggers(Object argument) {
        return argument instanceof Trigger t ? List.of(t) : (Set<? extends Trigger>) argument;
    }

    /** {@code scheduleJob(job, trigger)} answers the first fire time; the others answer nothing. */
    private static Object scheduleJobAnswer(Method method, Object[] args) {
        return method.getReturnType() == java.util.Date.class ? ((Trigger) args[1]).getStartTime() : null;
    }

    /** The same job class with every one of these triggers stored under the same key and schedule. */
    static boolean alreadyStored(Scheduler scheduler, JobDetail job, Collection<? extends Trigger> wanted)
            throws SchedulerException {
        JobDetail stored = scheduler.getJobDetail(job.getKey());
        if (stored == null || stored.getJobClass() != job.getJobClass() || wanted.isEmpty()) {
            return false;
        }
        for (Trigger trigger : wanted) {
            Trigger existing = scheduler.getTrigger(trigger.getKey());
            if (existing == null || !existing.getJobKey().equals(job.getKey()) || !sameSchedule(existing, trigger)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSchedule(Trigger a, Trigger b) {
        if (a.getMisfireInstruction() != b.getMisfireInstruction()) {
            return false;
        }
        if (a instanceof CronTrigger x && b instanceof CronTrigger y) {
            return x.getCronExpression().equals(y.getCronExpression())
                    && Objects.equals(x.getTimeZone().getID(), y.getTimeZone().getID());
        }
        if (a instanceof SimpleTrigger x && b instanceof SimpleTrigger y) {
            return x.getRepeatInterval() == y.getRepeatInterval() && x.getRepeatCount() == y.getRepeatCount();
        }
        return false;
    }
}
