package io.dcim.procurement.receiving;

import static io.dcim.common.access.Permission.PURCHASE_RECEIVE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import java.time.LocalDate;

/** Receiving deliveries, typed or from a packing list: {@code purchase.receive}; all units or none. */
public final class ReceivingFacade {

    private final ReceivingService receiving;

    public ReceivingFacade(ReceivingService receiving) {
        this.receiving = receiving;
    }

    public ReceiptResult receive(Caller caller, long orderId, Receipt receipt) {
        return UseCase.call(caller, PURCHASE_RECEIVE, () -> receiving.receive(orderId, receipt, caller.username()));
    }

    public ReceiptResult receivePackingList(Caller caller, long orderId, LocalDate receivedOn, String note, byte[] file) {
        return UseCase.call(caller, PURCHASE_RECEIVE,
                () -> receiving.receivePackingList(orderId, receivedOn, note, file, caller.username()));
    }
}
