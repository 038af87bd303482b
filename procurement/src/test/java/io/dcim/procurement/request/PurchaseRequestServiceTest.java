package io.dcim.procurement.request;

import static io.dcim.procurement.testing.ProcurementFixture.REQUESTER;
import static io.dcim.procurement.testing.ProcurementFixture.VAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

class PurchaseRequestServiceTest {

    @BothDatabases
    void totalsAreToTheFenWithVatRoundedOnEachLine(ProcurementFixture f) {
        long pdu = f.inventory.model("AP8886").getId();

        PurchaseRequest request = f.draft(f.h100Line(3, "1234567.89"),
                LineInput.equipment(pdu, 1, new BigDecimal("0.05"), VAT),
                LineInput.equipment(pdu, 1, new BigDecimal("0.05"), VAT),
                LineInput.equipment(f.inventory.leafSwitch().getId(), 2, new BigDecimal("10000.05"), VAT));

        PurchaseRequest stored = f.requests.find(request.getId());
        assertThat(stored.getLines()).extracting(RequestLine::getVatAmount).containsExactly(
                new BigDecimal("481481.48"), new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("2600.01"));
        assertThat(stored.getNetTotal()).isEqualByComparingTo("3723703.87");
        // 0.13 × the net total would be 484,081.50: VAT is invoiced and rounded per line.
        assertThat(stored.getVatTotal()).isEqualByComparingTo("484081.51");
        assertThat(stored.getGrossTotal()).isEqualByComparingTo("4207785.38");
        assertThat(stored.getGrossTotal().scale()).isEqualTo(2);
    }

    @BothDatabases
    void capacityAddedComesFromTheCatalogModels(ProcurementFixture f) {
        PurchaseRequest request = f.draft(f.h100Line(4, "2000000.00"),
                LineInput.equipment(f.inventory.leafSwitch().getId(), 2, new BigDecimal("30000.00"), VAT));

        CapacityAdded added = f.requests.capacity(request.getId());

        assertThat(added.servers()).isEqualTo(4);
        assertThat(added.gpus()).as("4 servers × 8 GPU slots").isEqualTo(32);
        assertThat(added.typicalW()).isEqualTo(4 * 8_700 + 2 * 300);
        assertThat(added.typicalKw()).isEqualByComparingTo("35.4");
        assertThat(added.ratedW()).isEqualTo(4 * 10_200 + 2 * 650);
        assertThat(added.rackUnits()).isEqualTo(4 * 6 + 2);
    }

    @BothDatabases
    void outsourcedComputeLinesCostTheirTermAndAddContractedGpus(ProcurementFixture f) {
        long a800 = f.inventory.gpuModel("A800 SXM4 80GB").getId();

        PurchaseRequest request = f.requests.create(REQUESTER, RequestDraft.outsourced("Hainan GPU hours", "Burst capacity",
                List.of(LineInput.outsourced("A800 cards, Hainan", a800, 512, 36, new BigDecimal("2882599.58"),
                        new BigDecimal("0.06")))));

        assertThat(request.getNetTotal()).isEqualByComparingTo("103773584.88");
        assertThat(request.getVatTotal()).isEqualByComparingTo("6226415.09");
        assertThat(f.requests.capacity(request.getId()).outsourcedGpus()).isEqualTo(512);
        assertThat(f.requests.capacity(request.getId()).gpus()).isZero();
    }

    @BothDatabases
    void refusesBadLinesNamingTheField(ProcurementFixture f) {
        assertThatThrownBy(() -> f.draft(f.h100Line(0, "10.00")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("lines[0].quantity:");
        assertThatThrownBy(() -> f.draft(f.h100Line(1, "10.00"), f.h100Line(1, "10.001")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("lines[1].unitPrice:");
        assertThatThrownBy(() -> f.draft(LineInput.equipment(f.h100().getId(), 1, BigDecimal.TEN, new BigDecimal("1.13"))))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("lines[0].vatRate:");
        assertThatThrownBy(() -> f.draft(LineInput.equipment(999_999, 1, BigDecimal.TEN, VAT)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("lines[0].deviceModelId:");
        assertThatThrownBy(() -> f.requests.create(REQUESTER, RequestDraft.equipment("x", null, f.siteId(), List.of())
                .withCurrency("USD"))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("currency:");
        assertThatThrownBy(() -> f.requests.create(REQUESTER, new RequestDraft("x", null, RequestKind.EQUIPMENT, null, null,
                null, null, null, null, List.of()))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("siteId:");
    }

    @BothDatabases
    void cabinetsMustBelongToTheTargetSite(ProcurementFixture f) {
        Cabinet a01 = f.inventory.cabinet("A01");
        PurchaseRequest request = f.requests.create(REQUESTER, RequestDraft.equipment("x", null, f.siteId(),
                List.of(f.h100Line(1, "10.00"))).withCabinets(Set.of(a01.getId())));
        assertThat(f.requests.find(request.getId()).getCabinetIds()).containsExactly(a01.getId());

        assertThatThrownBy(() -> f.requests.create(REQUESTER, RequestDraft.equipment("x", null, f.siteId(), List.of())
                .withCabinets(Set.of(424_242L)))).isInstanceOf(InvalidValueException.class).hasMessageStartingWith("cabinetIds:");
    }

    @BothDatabases
    void onlyTheRequesterEditsAndOnlyWhileDraftOrReturned(ProcurementFixture f) {
        PurchaseRequest draft = f.draft(f.h100Line(1, "100.00"));
        RequestDraft change = RequestDraft.equipment("H100 expansion, revised", "More tenants", f.siteId(),
                List.of(f.h100Line(2, "100.00")));

        assertThatThrownBy(() -> f.requests.edit(draft.getId(), draft.getVersion(), "someone-else", change))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("requester:");
        PurchaseRequest edited = f.requests.edit(draft.getId(), draft.getVersion(), REQUESTER, change);
        assertThat(edited.getNetTotal()).isEqualByComparingTo("200.00");
        assertThat(f.requests.find(draft.getId()).getLines()).hasSize(1);

        PurchaseRequest submitted = f.submitted(edited);
        assertThatThrownBy(() -> f.requests.edit(draft.getId(), submitted.getVersion(), REQUESTER, change))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("status:");
    }

    @BothDatabases
    void listsFilterByStatusAndRequester(ProcurementFixture f) {
        f.draft(f.h100Line(1, "100.00"));
        f.submitted(f.draft(f.h100Line(1, "200.00")));

        assertThat(f.requests.page(RequestFilter.inStatus(RequestStatus.SUBMITTED), PageRequest.first(10, "gross"))
                .items()).singleElement().satisfies(s -> {
                    assertThat(s.grossTotal()).isEqualByComparingTo("226.00");
                    assertThat(s.siteName()).isEqualTo("Test IDC");
                });
        assertThat(f.requests.page(RequestFilter.madeBy(REQUESTER), PageRequest.first(10, null)).total()).isEqualTo(2);
        assertThat(f.requests.page(RequestFilter.madeBy("nobody"), PageRequest.first(10, null)).total()).isZero();
    }
}
