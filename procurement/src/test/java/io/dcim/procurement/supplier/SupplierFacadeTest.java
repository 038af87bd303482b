package io.dcim.procurement.supplier;

import static io.dcim.common.access.Permission.PURCHASE_ORDER;
import static io.dcim.common.access.Permission.PURCHASE_REQUEST;
import static io.dcim.common.access.Permission.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;

/** Whoever places orders keeps the suppliers; requesting purchases is not enough. */
class SupplierFacadeTest {

    @BothDatabases
    void onlyThoseWhoOrderAddAndChangeSuppliers(Database db) {
        new InventoryFixture(db);
        SupplierService suppliers = new SupplierService(db);
        SupplierFacade facade = new SupplierFacade(suppliers);
        Caller requester = Caller.of("ops-alice", READ, PURCHASE_REQUEST);
        Caller buyer = Caller.of("mgr-bob", READ, PURCHASE_ORDER);

        assertThatThrownBy(() -> facade.create(requester, SupplierInput.named("Inspur")))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.missing()).isEqualTo(PURCHASE_ORDER));
        assertThat(suppliers.findByName("Inspur")).isEmpty();

        Supplier created = facade.create(buyer, SupplierInput.named("Inspur"));
        assertThatThrownBy(() -> facade.edit(requester, created.getId(), created.getVersion(), SupplierInput.named("Inspur Ltd")))
                .isInstanceOf(NotPermittedException.class);
        Supplier renamed = facade.edit(buyer, created.getId(), created.getVersion(), SupplierInput.named("Inspur Ltd"));
        assertThat(suppliers.find(renamed.getId()).getName()).isEqualTo("Inspur Ltd");
    }
}
