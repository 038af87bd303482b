package io.dcim.web.schedule;

import io.dcim.app.Services;
import io.dcim.common.access.Caller;
import io.dcim.power.webhook.DispatchReport;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox's events to the webhook rules' destinations: a thin shell over the webhook façade's
 * dispatch, which keeps its state in the database (so a restart resumes, and a second node's run claims other
 * deliveries than this one's).
 */
@DisallowConcurrentExecution
public final class WebhookDeliveryJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveryJob.class);
    static final Caller CALLER = Caller.system("webhooks");

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Services services = (Services) context.getScheduler().getContext().get(Scheduling.SERVICES);
            services.powerIfRunning().ifPresent(power -> {
                DispatchReport report = power.webhookFacade().dispatch(CALLER);
                if (report.attempted() > 0) {
                    log.info("Webhooks: {} attempted, {} delivered, {} to retry, {} dead", report.attempted(),
                            report.delivered(), report.failed() - report.dead(), report.dead());
                }
            });
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("delivering webhooks failed", e);
        }
    }
}
