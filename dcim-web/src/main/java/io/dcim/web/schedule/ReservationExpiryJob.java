package io.dcim.web.schedule;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records "reservation about to expire" once for each reservation whose last day is within three days. */
@DisallowConcurrentExecution
public final class ReservationExpiryJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(ReservationExpiryJob.class);
    /** Three days: a Friday's warning still reaches the team before a Monday expiry. */
    static final int DAYS_AHEAD = 3;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Services services = (Services) context.getScheduler().getContext().get(Scheduling.SERVICES);
            int warned = services.reservationFacade().warnExpiring(Caller.system("reservation-expiry"), DAYS_AHEAD);
            if (warned > 0) {
                log.info("{} reservation(s) about to expire", warned);
            }
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("checking reservations about to expire failed", e);
        }
    }
}
