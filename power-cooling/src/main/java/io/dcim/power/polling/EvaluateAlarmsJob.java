package io.dcim.power.polling;

import io.dcim.common.audit.Actor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Evaluates the alarms over what every node's sweeps stored, once per cluster (a clustered trigger fires on one
 * node): each node sweeps the targets it leases ({@link NodeSweeps}), the alarms are the cluster's.
 */
@DisallowConcurrentExecution
public final class EvaluateAlarmsJob implements Job {

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            PowerServices services = PowerScheduling.services(context);
            Actor.as(Actor.SYSTEM, () -> services.alarms().evaluate(services.clock().instant()));
        } catch (RuntimeException e) {
            // Not refired: the next trigger, seconds away, evaluates again.
            throw new JobExecutionException("alarm evaluation failed", e, false);
        }
    }
}
