package io.dcim.procurement.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

class OrderDirectoryTest {

    @Test
    void listsASitesOpenOrderLinesAndAModelsLastOrder() {
        try (TestDatabase database = TestDatabase.h2()) {
            Database db = database.database();
            ProcurementFixture f = new ProcurementFixture(db);
            PurchaseRequest approved = f.approved(2, "1500000.00");
            PurchaseOrder order = f.order(approved);

            List<OrderDirectory.OpenLine> open = db.read((Session s) -> OrderDirectory.openLinesForSite(s, f.siteId()));
            assertThat(open).singleElement().satisfies(line -> {
                assertThat(line.outstanding()).isEqualTo(2);
                assertThat(line.deviceModelId()).isEqualTo(f.h100().getId());
                assertThat(line.orderDate()).isEqualTo(f.today());
                assertThat(line.expectedDelivery()).isNull();
                assertThat(line.leadTimeDays()).isPositive();
                // No expected delivery on the request: the supplier's lead time after the order date.
                assertThat(line.arrival()).isEqualTo(f.today().plusDays(line.leadTimeDays()));
            });
            assertThat(db.read((Session s) -> OrderDirectory.openLinesForSite(s, -1))).isEmpty();

            Optional<OrderDirectory.LastOrder> last = db.read((Session s) -> OrderDirectory.lastOrderOf(s, f.h100().getId()));
            assertThat(last).get().satisfies(o -> {
                assertThat(o.unitPrice()).isEqualByComparingTo("1500000.00");
                assertThat(o.supplierId()).isEqualTo(f.orders.find(order.getId()).getSupplier().getId());
            });
            assertThat(db.read((Session s) -> OrderDirectory.lastOrderOf(s, -1))).isEmpty();
        }
    }
}
