package io.dcim.procurement.request;

import static io.dcim.procurement.testing.ProcurementFixture.VAT;
import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One rule for what a request adds: the lines being typed, the saved request and the approvers' impact agree. */
class CapacityAddedTest {

    @BothDatabases
    void linesBeingTypedAddWhatTheSavedRequestAdds(ProcurementFixture f) {
        List<LineInput> lines = List.of(f.h100Line(4, "2000000.00"),
                LineInput.equipment(f.inventory.leafSwitch().getId(), 2, new BigDecimal("30000.00"), VAT));

        CapacityAdded typed = f.requests.capacityOf(lines);
        CapacityAdded saved = f.requests.capacity(f.draft(lines.toArray(LineInput[]::new)).getId());

        assertThat(typed).isEqualTo(saved);
        assertThat(typed).isEqualTo(new CapacityAdded(4, 32, 4 * 8_700 + 2 * 300, 4 * 10_200 + 2 * 650, 4 * 6 + 2, 0));
    }

    @BothDatabases
    void aLineNotFinishedYetAddsNothingAndRefusesNothing(ProcurementFixture f) {
        long h100 = f.h100().getId();
        List<LineInput> lines = Arrays.asList(
                new LineInput(null, h100, null, null, null, null, null, null, null, VAT),
                new LineInput(null, null, 3, null, null, null, null, null, null, VAT),
                new LineInput(null, -1L, 3, null, null, null, null, null, null, VAT),
                null,
                new LineInput(null, h100, 1, null, null, null, null, null, null, VAT));

        CapacityAdded added = f.requests.capacityOf(lines);

        assertThat(added.servers()).as("only the finished line").isEqualTo(1);
        assertThat(added.gpus()).isEqualTo(8);
        assertThat(f.requests.capacityOf(List.of())).isEqualTo(CapacityAdded.NONE);
    }

    @BothDatabases
    void serversCountOnlyForServerModelsAndEveryFigureScalesWithTheQuantity(ProcurementFixture f) {
        assertThat(CapacityAdded.of(f.inventory.leafSwitch(), 3)).isEqualTo(new CapacityAdded(0, 0, 900, 1_950, 3, 0));
        assertThat(CapacityAdded.of(f.h100(), 2)).isEqualTo(CapacityAdded.of(f.h100(), 1).plus(CapacityAdded.of(f.h100(), 1)));
        assertThat(CapacityAdded.outsourced(512).outsourcedGpus()).isEqualTo(512);
    }
}
