package io.dcim.procurement.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import java.util.List;

class SupplierServiceTest {

    @BothDatabases
    void createsASupplierWithContactsAndTheDefaultLeadTime(Database db) {
        SupplierService suppliers = new SupplierService(db);

        Supplier created = suppliers.create(new SupplierInput("Shenzhen Sitong", "91440300 MA5DC1234X", null,
                List.of(new ContactInput("Li Wei", "li.wei@sitong.example", null),
                        new ContactInput("Wang Fang", null, "+86 755 1234 5678")), null));

        Supplier found = suppliers.find(created.getId());
        assertThat(found.getTaxId()).isEqualTo("91440300MA5DC1234X");
        assertThat(found.getLeadTimeDays()).isEqualTo(Supplier.DEFAULT_LEAD_TIME_DAYS);
        assertThat(found.getContacts()).extracting(SupplierContact::getName).containsExactly("Li Wei", "Wang Fang");
        assertThat(suppliers.all()).singleElement().satisfies(s -> assertThat(s.contacts()).isEqualTo(2));
    }

    @BothDatabases
    void editingReplacesTheContactsAndChecksTheVersion(Database db) {
        SupplierService suppliers = new SupplierService(db);
        Supplier s = suppliers.create(new SupplierInput("Digital China", null, 45,
                List.of(new ContactInput("A", "a@dc.example", null), new ContactInput("B", "b@dc.example", null)), null));

        Supplier edited = suppliers.edit(s.getId(), s.getVersion(), new SupplierInput("Digital China Group", null, 60,
                List.of(new ContactInput("C", null, "010 8888 0000")), "storage"));

        assertThat(suppliers.find(s.getId()).getContacts()).extracting(SupplierContact::getName).containsExactly("C");
        assertThat(edited.getLeadTimeDays()).isEqualTo(60);
        assertThatThrownBy(() -> suppliers.edit(s.getId(), s.getVersion(), SupplierInput.named("Stale")))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("version:");
    }

    @BothDatabases
    void refusesADuplicateNameIgnoringCaseAndBadFieldsNamingThem(Database db) {
        SupplierService suppliers = new SupplierService(db);
        suppliers.create(SupplierInput.named("Anqing Computer"));

        assertThatThrownBy(() -> suppliers.create(SupplierInput.named(" anqing computer ")))
                .isInstanceOf(ConflictException.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> suppliers.create(new SupplierInput("X", "12-34", null, List.of(), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("taxId:");
        assertThatThrownBy(() -> suppliers.create(new SupplierInput("X", null, -1, List.of(), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("leadTimeDays:");
        assertThatThrownBy(() -> suppliers.create(new SupplierInput("X", null, null,
                List.of(new ContactInput("Zhao", null, null)), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("contacts[0].email:");
        assertThatThrownBy(() -> suppliers.create(new SupplierInput("X", null, null,
                List.of(new ContactInput("Zhao", "not-an-address", null)), null)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("contacts[0].email:");
        assertThat(suppliers.page("ANQ", PageRequest.first(10, "name")).total()).isEqualTo(1);
    }
}
