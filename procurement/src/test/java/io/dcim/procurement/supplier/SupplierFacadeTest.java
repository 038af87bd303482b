package io.dcim.procurement.supplier;

import static io.dcim.common.access.Permission.PURCHASE_ORDER;
import static io.dcim.common.access.Permission.READ;
import static io.dcim.common.access.Permission.SUPPLIER_MANAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.util.List;
import java.util.Locale;

/** Those who hold supplier.manage keep the suppliers; ordering from them is not enough. */
class SupplierFacadeTest {

    private static final Caller BUYER = Caller.of("ops-dave", READ, PURCHASE_ORDER);
    private static final Caller MANAGER = Caller.of("mgr-bob", READ, SUPPLIER_MANAGE);

    @BothDatabases
    void onlyThoseWhoManageSuppliersAddChangeAndDeleteThem(Database db) {
        SupplierFacade facade = new SupplierFacade(db, new ProcurementFixture(db).suppliers);

        assertThatThrownBy(() -> facade.create(BUYER, SupplierInput.named("Inspur")))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.missing()).isEqualTo(SUPPLIER_MANAGE));
        Supplier created = facade.create(MANAGER, SupplierInput.named("Inspur"));
        assertThatThrownBy(() -> facade.edit(BUYER, created.getId(), created.getVersion(), SupplierInput.named("Inspur Ltd")))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> facade.delete(BUYER, created.getId(), created.getVersion()))
                .isInstanceOf(NotPermittedException.class);

        Supplier renamed = facade.edit(MANAGER, created.getId(), created.getVersion(), SupplierInput.named("Inspur Ltd"));
        assertThat(facade.supplier(BUYER, renamed.getId()).value().name()).isEqualTo("Inspur Ltd");
    }

    @BothDatabases
    void anEditStartsFromTheSupplierWithItsContactsAndVersion(Database db) {
        SupplierFacade facade = new SupplierFacade(db, new ProcurementFixture(db).suppliers);
        Supplier created = facade.create(MANAGER, new SupplierInput("Shenzhen Sitong", "91440300MA5F0XXX1A", 45,
                List.of(new ContactInput("Li Wei", "li.wei@sitong.example", null), new ContactInput("Zhang Min", null,
                        "+86 755 1234 5678")), "NDR switches too"));

        var read = facade.supplier(BUYER, created.getId());

        assertThat(read.version()).isEqualTo(created.getVersion());
        assertThat(read.value()).isEqualTo(new SupplierInput("Shenzhen Sitong", "91440300MA5F0XXX1A", 45,
                List.of(new ContactInput("Li Wei", "li.wei@sitong.example", null),
                        new ContactInput("Zhang Min", null, "+86 755 1234 5678")), "NDR switches too"));
    }

    @BothDatabases
    void aSupplierNobodyNamesIsDeletedWithItsContacts(Database db, ProcurementFixture f) {
        SupplierFacade facade = new SupplierFacade(db, f.suppliers);
        Supplier created = facade.create(MANAGER, new SupplierInput("Digital China", null, null,
                List.of(new ContactInput("Wang Fang", "wang@dc.example", null)), null));

        facade.delete(MANAGER, created.getId(), created.getVersion());

        assertThat(f.suppliers.findByName("Digital China")).isEmpty();
        assertThatThrownBy(() -> facade.supplier(BUYER, created.getId())).isInstanceOf(NotFoundException.class);
    }

    @BothDatabases
    void aSupplierAnOrderNamesIsKeptAndTheRefusalCountsWhatHoldsIt(Database db, ProcurementFixture f) {
        SupplierFacade facade = new SupplierFacade(db, f.suppliers);
        PurchaseOrder order = f.order(f.approved(1, "100.00"));
        Supplier supplier = order.getSupplier();

        assertThatThrownBy(() -> facade.delete(MANAGER, supplier.getId(), supplier.getVersion()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.reason(Locale.ROOT)).isEqualTo("supplier " + supplier.getName() + " is still named by 1 order(s),"
                            + " 0 purchase request(s), 0 asset(s) and 0 compute contract(s); it stays for their history");
                });
        assertThat(f.suppliers.findByName(supplier.getName())).isPresent();
    }

    @BothDatabases
    void aDeleteAgainstAnOlderVersionIsRefused(Database db) {
        SupplierFacade facade = new SupplierFacade(db, new ProcurementFixture(db).suppliers);
        Supplier created = facade.create(MANAGER, SupplierInput.named("Anqing Computer"));
        facade.edit(MANAGER, created.getId(), created.getVersion(), SupplierInput.named("Anqing Computer Co"));

        assertThatThrownBy(() -> facade.delete(MANAGER, created.getId(), created.getVersion()))
                .isInstanceOf(ConflictException.class);
    }
}
