package io.dcim.procurement.contract;

import static io.dcim.common.access.Permission.PURCHASE_ORDER;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import java.util.List;

/**
 * Signing an approved outsourced-compute request is its order: {@code purchase.order}, as
 * placing an equipment order is; recorded under the caller's name.
 */
public final class ContractFacade {

    private final ContractService contracts;

    public ContractFacade(ContractService contracts) {
        this.contracts = contracts;
    }

    public List<ComputeContract> sign(Caller caller, long requestId, int expectedRequestVersion, NewContract input) {
        return UseCase.call(caller, PURCHASE_ORDER,
                () -> contracts.sign(requestId, expectedRequestVersion, input, caller.username()));
    }
}
