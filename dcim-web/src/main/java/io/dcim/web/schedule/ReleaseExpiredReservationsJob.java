package io.dcim.web.schedule;

import io.dcim.app.Services;
import io.dcim.common.audit.Actor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Frees the space of reservations past their expiry date. */
@DisallowConcurrentExecution
public final class ReleaseExpiredReservationsJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ReleaseExpiredReservationsJob.class);

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Services services = (Services) context.getScheduler().getContext().get(Scheduling.SERVICES);
            int released = Actor.as(Actor.SYSTEM, () -> services.reservations().releaseExpired());
            if (released > 0) {
                log.info("Released {} expired reservation(s)", released);
            }
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("releasing expired reservations failed", e);
        }
    }
}
