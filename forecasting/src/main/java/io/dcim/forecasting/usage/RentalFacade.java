package io.dcim.forecasting.usage;

import static io.dcim.common.access.Permission.USAGE_MANAGE;
import static io.dcim.common.access.Permission.USAGE_VIEW;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;
import java.util.List;

/** Whole-server rentals as every door changes them: {@code usage.manage} (read with {@code usage.view}). */
public final class RentalFacade extends ObjectUseCases<ServerRental, RentalInput> {

    private final RentalService rentals;

    public RentalFacade(Database db, RentalService rentals) {
        super(db, USAGE_MANAGE, rentals::create, rentals::edit, rentals::delete);
        this.rentals = rentals;
    }

    public List<ServerRental> list(Caller caller, Long siteId) {
        return UseCase.call(caller, USAGE_VIEW, () -> rentals.list(siteId));
    }

    public ServerRental find(Caller caller, long id) {
        return UseCase.call(caller, USAGE_VIEW, () -> rentals.find(id));
    }
}
