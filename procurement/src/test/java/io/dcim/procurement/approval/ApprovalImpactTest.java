package io.dcim.procurement.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestDraft;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

class ApprovalImpactTest {

    @BothDatabases
    void showsSpaceAndPowerAgainstTheSiteTheDepreciationStartedAndGpuUtilization(Database db, ProcurementFixture f) {
        Cabinet busy = f.inventory.cabinet("A01");
        f.inventory.cabinet("A02");
        f.inventory.cabinet("A03");
        Device server = f.inventory.install(f.h100(), busy, 1, Face.FRONT);
        List<String> serials = IntStream.range(0, 8).mapToObj(i -> "G-" + i).toList();
        var cards = f.gpus.registerAll(server.getId(), serials, f.inventory.gpuModel("H100 SXM5 80GB").getId(),
                GpuStatus.IN_SERVICE, null);
        f.gpus.allocate(cards.subList(0, 6).stream().map(c -> c.getId()).toList(),
                new io.dcim.inventory.tenant.TenantService(db).create("Northern University", io.dcim.inventory.tenant.TenantKind.UNIVERSITY).getId());
        PurchaseRequest request = f.requests.create("ops-alice", RequestDraft.equipment("4 more H100", "queue", f.siteId(),
                List.of(f.h100Line(4, "2000000.00"))).withDelivery(LocalDate.of(2024, 5, 20), null, null));

        ApprovalImpact impact = f.approvals.impact(request.getId());

        assertThat(impact.capacity().gpus()).isEqualTo(32);
        assertThat(impact.kwNeeded()).isEqualByComparingTo("34.8");
        assertThat(impact.cabinetsNeeded()).as("34.8 kW over 20 kW cabinets binds before 24 U").isEqualTo(2);
        assertThat(impact.siteCabinets()).isEqualTo(3);
        assertThat(impact.siteCabinetsEmpty()).isEqualTo(2);
        assertThat(impact.siteHeadroomW()).isEqualTo(60_000 - 8_700);
        assertThat(impact.warnings()).isEmpty();
        assertThat(impact.firstDepreciationMonth()).hasToString("2024-06");
        assertThat(impact.monthlyDepreciation()).as("4 × 1,900,000.00 / 60").isEqualByComparingTo("126666.68");
        assertThat(impact.siteGpusInService()).isEqualTo(8);
        assertThat(impact.gpuUtilization()).isEqualTo(0.75);
        assertThat(impact.gpuUtilizationAfter()).isEqualTo(6.0 / 40);
    }

    @BothDatabases
    void warnsWhenTheChosenCabinetsOrTheSiteCannotTakeTheEquipment(ProcurementFixture f) {
        Cabinet only = f.inventory.cabinet("A01");
        PurchaseRequest request = f.requests.create("ops-alice", RequestDraft.equipment("3 H100", "queue", f.siteId(),
                List.of(f.h100Line(3, "2000000.00"))).withCabinets(Set.of(only.getId())));

        ApprovalImpact impact = f.approvals.impact(request.getId());

        assertThat(impact.cabinetsNeeded()).isEqualTo(1);
        assertThat(impact.chosenCabinetsHeadroomW()).isEqualTo(20_000);
        assertThat(impact.warnings()).containsExactly(
                "the chosen cabinets have 20.0 kW of headroom; the equipment draws 26.1 kW typical",
                "the equipment draws 26.1 kW typical; the site's cabinets have 20.0 kW of contracted headroom");
        assertThat(impact.fitsPowerHeadroom()).isFalse();
    }

    @BothDatabases
    void outsourcedComputeShowsItsMonthlyCostAndNoDepreciation(ProcurementFixture f) {
        PurchaseRequest request = f.requests.create("ops-alice", RequestDraft.outsourced("GPU hours", "burst", List.of(
                LineInput.outsourced("A800", f.inventory.gpuModel("A800 SXM4 80GB").getId(), 64, 12,
                        new BigDecimal("350000.00"), new BigDecimal("0.06")))));

        ApprovalImpact impact = f.approvals.impact(request.getId());

        assertThat(impact.monthlyServiceCost()).isEqualByComparingTo("350000.00");
        assertThat(impact.monthlyDepreciation()).isEqualByComparingTo("0");
        assertThat(impact.capacity().outsourcedGpus()).isEqualTo(64);
        assertThat(impact.cabinetsNeeded()).isZero();
    }
}
