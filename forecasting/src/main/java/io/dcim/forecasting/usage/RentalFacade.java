package io.dcim.forecasting.usage;

import static io.dcim.common.access.Permission.USAGE_MANAGE;
import static io.dcim.common.access.Permission.USAGE_VIEW;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import java.util.List;

/** Whole-server rentals as every door changes them: {@code usage.manage} (read with {@code usage.view}). */
public final class RentalFacade {

    private final RentalService rentals;

    public RentalFacade(RentalService rentals) {
        this.rentals = rentals;
    }

    public List<ServerRental> list(Caller caller, Long siteId) {
        return UseCase.call(caller, USAGE_VIEW, () -> rentals.list(siteId));
    }

    public ServerRental find(Caller caller, long id) {
        return UseCase.call(caller, USAGE_VIEW, () -> rentals.find(id));
    }

    public ServerRental create(Caller caller, RentalInput input) {
        return UseCase.call(caller, USAGE_MANAGE, () -> rentals.create(input));
    }

    public ServerRental edit(Caller caller, long id, int version, RentalInput input) {
        return UseCase.call(caller, USAGE_MANAGE, () -> rentals.edit(id, version, input));
    }

    public void delete(Caller caller, long id, int version) {
        UseCase.perform(caller, USAGE_MANAGE, () -> rentals.delete(id, version));
    }
}
