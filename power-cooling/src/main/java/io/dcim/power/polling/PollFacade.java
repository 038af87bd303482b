package io.dcim.power.polling;

import static io.dcim.common.access.Permission.POWER_CONFIGURE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.power.collect.Collected;
import io.dcim.power.endpoint.TargetService;

/**
 * "Poll now" as every door asks it: {@code power.configure} (the permission that edits the endpoint), the endpoint
 * polled at once and its answer stored as the sweep stores one ({@link PollingService#pollNow}).
 */
public final class PollFacade {

    private final TargetService targets;
    private final PollingService polling;

    public PollFacade(TargetService targets, PollingService polling) {
        this.targets = targets;
        this.polling = polling;
    }

    /** Polls the endpoint now and answers what it said; an unknown endpoint is 404. */
    public Collected pollNow(Caller caller, long targetId) {
        return UseCase.call(caller, POWER_CONFIGURE, () -> {
            targets.find(targetId);
            return polling.pollNow(targetId);
        });
    }
}
