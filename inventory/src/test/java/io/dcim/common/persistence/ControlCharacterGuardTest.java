package io.dcim.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.testing.BothDatabases;

/** The safety net under every service: no entity's text reaches either database with a NUL. */
class ControlCharacterGuardTest {

    @BothDatabases
    void aNulInAnyTextPropertyIsRefusedNamingThePropertyOnInsertAndUpdateAndNothingIsWritten(Database db) {
        assertThatThrownBy(() -> db.execute(session -> session.persist(new Tenant("evil\u0000tenant", TenantKind.ENTERPRISE))))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("name"))
                .hasMessageContaining("U+0000");
        assertThat(countTenants(db)).isZero();

        long id = db.inTransaction(session -> {
            Tenant tenant = new Tenant("good tenant", TenantKind.ENTERPRISE);
            session.persist(tenant);
            return tenant.getId();
        });
        assertThatThrownBy(() -> db.execute(session -> session.find(Tenant.class, id).setName("bell\u0007")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("U+0007");
        assertThat(nameOf(db, id)).isEqualTo("good tenant");

        db.execute(session -> session.find(Tenant.class, id).setName("two\tcolumns"));
        assertThat(nameOf(db, id))
                .as("tab, CR and LF are for the services to judge per field").isEqualTo("two\tcolumns");
    }

    private static String nameOf(Database db, long id) {
        return db.read(session -> session.find(Tenant.class, id).getName());
    }

    private static long countTenants(Database db) {
        return db.read(session -> session.createQuery("select count(t) from Tenant t", Long.class).getSingleResult());
    }
}
