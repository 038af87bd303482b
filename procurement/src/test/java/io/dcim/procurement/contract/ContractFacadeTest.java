package io.dcim.procurement.contract;

import static io.dcim.common.access.Permission.PURCHASE_APPROVE;
import static io.dcim.common.access.Permission.PURCHASE_ORDER;
import static io.dcim.common.access.Permission.READ;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_2;
import static io.dcim.procurement.testing.ProcurementFixture.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.NotPermittedException;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Signing outsourced compute is its order: purchase.order, not purchase.approve. */
class ContractFacadeTest {

    @BothDatabases
    void onlyThoseWhoOrderSignAndTheContractIsSignedUnderTheirName(ProcurementFixture f) {
        ContractFacade facade = new ContractFacade(f.contracts);
        long provider = f.supplier("Hailanyun").getId();
        PurchaseRequest approved = approvedOutsourced(f);
        NewContract contract = new NewContract(provider, "HLY-1", LocalDate.of(2024, 3, 1));

        assertThatThrownBy(() -> facade.sign(Caller.of(MANAGER_1, READ, PURCHASE_APPROVE), approved.getId(),
                approved.getVersion(), contract))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.missing()).isEqualTo(PURCHASE_ORDER));
        assertThat(f.contracts.forRequest(approved.getId())).isEmpty();

        List<ComputeContract> signed = facade.sign(Caller.of("ops-dave", READ, PURCHASE_ORDER), approved.getId(),
                approved.getVersion(), contract);
        assertThat(signed).hasSize(1);
        assertThat(f.requests.find(approved.getId()).getStatus()).isEqualTo(RequestStatus.ORDERED);
        assertThat(f.requests.timeline(approved.getId())).last().satisfies(e -> assertThat(e.getActor()).isEqualTo("ops-dave"));
    }

    private static PurchaseRequest approvedOutsourced(ProcurementFixture f) {
        PurchaseRequest draft = f.requests.create(REQUESTER, RequestDraft.outsourced("Hainan GPU compute", "Burst demand",
                List.of(LineInput.outsourced("A800 cards", f.inventory.gpuModel("A800 SXM4 80GB").getId(), 64, 12,
                        new BigDecimal("300000.00"), new BigDecimal("0.06")))));
        PurchaseRequest submitted = f.submitted(draft);
        PurchaseRequest request = f.approvals.approve(submitted.getId(), submitted.getVersion(), MANAGER_1, null);
        return request.getApprovalsRequired() > 1
                ? f.approvals.approve(request.getId(), request.getVersion(), MANAGER_2, null) : request;
    }
}
