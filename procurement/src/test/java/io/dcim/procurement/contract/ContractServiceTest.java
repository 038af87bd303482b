package io.dcim.procurement.contract;

import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_1;
import static io.dcim.procurement.testing.ProcurementFixture.MANAGER_2;
import static io.dcim.procurement.testing.ProcurementFixture.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.IllegalTransitionException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

class ContractServiceTest {

    private static final BigDecimal SERVICES_VAT = new BigDecimal("0.06");

    @BothDatabases
    void anApprovedOutsourcedRequestIsSignedAndGivesCapacityForItsTerm(ProcurementFixture f) {
        Supplier hailanyun = f.supplier("Hailanyun (Hainan) data centre");
        PurchaseRequest approved = approvedOutsourced(f, List.of(
                LineInput.outsourced("A800 cards", f.inventory.gpuModel("A800 SXM4 80GB").getId(), 512, 36,
                        new BigDecimal("2882599.58"), SERVICES_VAT),
                LineInput.outsourced("H20 cards", f.inventory.gpuModel("H20").getId(), 64, 12,
                        new BigDecimal("100000.00"), SERVICES_VAT)));

        List<ComputeContract> contracts = f.contracts.sign(approved.getId(), approved.getVersion(),
                new NewContract(hailanyun.getId(), "HLY-2024-06", LocalDate.of(2024, 6, 7)), MANAGER_1);

        assertThat(contracts).extracting(ComputeContract::getContractNumber).containsExactly("HLY-2024-06/1", "HLY-2024-06/2");
        assertThat(contracts.get(0).getEndDate()).isEqualTo(LocalDate.of(2027, 6, 7));
        PurchaseRequest ordered = f.requests.find(approved.getId());
        assertThat(ordered.getStatus()).isEqualTo(RequestStatus.ORDERED);

        assertThat(f.contracts.capacityAt(LocalDate.of(2024, 6, 6)).gpus()).isZero();
        ContractedCapacity first = f.contracts.capacityAt(LocalDate.of(2024, 6, 7));
        assertThat(first.gpus()).isEqualTo(576);
        assertThat(first.gpusByModel()).isEqualTo(Map.of("A800 SXM4 80GB", 512L, "H20", 64L));
        assertThat(first.monthlyCost()).isEqualByComparingTo("2982599.58");
        assertThat(f.contracts.capacityAt(LocalDate.of(2025, 6, 7)).gpus()).as("the 12-month line has ended").isEqualTo(512);
        assertThat(f.contracts.capacityAt(LocalDate.of(2027, 6, 6)).gpus()).isEqualTo(512);
        assertThat(f.contracts.capacityAt(LocalDate.of(2027, 6, 7)).gpus()).isZero();
        assertThat(f.contracts.capacityByMonth(YearMonth.of(2024, 6), YearMonth.of(2024, 7)))
                .extracting(ContractedCapacity::gpus).containsExactly(0L, 576L);
        assertThat(f.contracts.page(null, PageRequest.first(10, null)).items())
                .extracting(ContractSummary::gpuModelName).containsExactlyInAnyOrder("A800 SXM4 80GB", "H20");

        PurchaseRequest closed = f.approvals.close(ordered.getId(), ordered.getVersion(), MANAGER_1, "signed");
        assertThat(closed.getStatus()).isEqualTo(RequestStatus.CLOSED);
    }

    @BothDatabases
    void onlyApprovedOutsourcedRequestsAreSigned(ProcurementFixture f) {
        Supplier provider = f.supplier("Provider");
        PurchaseRequest equipment = f.approved(1, "100.00");
        assertThatThrownBy(() -> f.contracts.sign(equipment.getId(), equipment.getVersion(),
                new NewContract(provider.getId(), "C-1", f.today()), MANAGER_1))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("kind:");

        PurchaseRequest draft = f.requests.create(REQUESTER, RequestDraft.outsourced("GPU hours", "burst", List.of(
                LineInput.outsourced("A800", f.inventory.gpuModel("A800 SXM4 80GB").getId(), 8, 12,
                        new BigDecimal("1000.00"), SERVICES_VAT))));
        assertThatThrownBy(() -> f.contracts.sign(draft.getId(), draft.getVersion(),
                new NewContract(provider.getId(), "C-1", f.today()), MANAGER_1))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("DRAFT to ORDERED");
    }

    private static PurchaseRequest approvedOutsourced(ProcurementFixture f, List<LineInput> lines) {
        PurchaseRequest draft = f.requests.create(REQUESTER, RequestDraft.outsourced("Hainan GPU compute",
                "Demand beyond our own cabinets until the next hall is built", lines));
        PurchaseRequest submitted = f.submitted(draft);
        PurchaseRequest once = f.approvals.approve(submitted.getId(), submitted.getVersion(), MANAGER_1, null);
        return f.approvals.approve(once.getId(), once.getVersion(), MANAGER_2, null);
    }
}
