package io.dcim.inventory.device;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.Message;

/** The cabinet's typical load would pass its contracted power; allowed only with a recorded override. */
public class PowerBudgetExceededException extends ConflictException {

    private final long typicalWAfter;
    private final int contractedW;

    public PowerBudgetExceededException(String cabinetName, long typicalWAfter, int contractedW) {
        super("cabinet", Message.of("inventory.device.powerBudgetExceeded", cabinetName, kw(typicalWAfter), kw(contractedW)));
        this.typicalWAfter = typicalWAfter;
        this.contractedW = contractedW;
    }

    static String kw(long watts) {
        return String.format("%.1f", watts / 1000.0);
    }

    public long typicalWAfter() {
        return typicalWAfter;
    }

    public int contractedW() {
        return contractedW;
    }
}
