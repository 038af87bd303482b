package io.dcim.inventory.tenant;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import java.util.List;

import static io.dcim.common.text.Fields.required;

/** The operator's customers. */
public final class TenantService {

    private final Database db;

    public TenantService(Database db) {
        this.db = db;
    }

    public List<Tenant> tenants() {
        return db.read(session -> session.createQuery("from Tenant order by name", Tenant.class).getResultList());
    }

    public Tenant create(String tenantName, TenantKind kind) {
        return db.inTransaction(session -> {
            String name = required("name", tenantName, 120);
            if (kind == null) {
                throw new InvalidValueException("kind", Message.of("inventory.tenant.kindRequired"));
            }
            Long clashes = session.createQuery("select count(t) from Tenant t where upper(t.name) = upper(:n)", Long.class)
                    .setParameter("n", name).getSingleResult();
            if (clashes > 0) {
                throw new ConflictException("name", Message.of("inventory.tenant.exists", name));
            }
            Tenant tenant = new Tenant(name, kind);
            session.persist(tenant);
            return tenant;
        });
    }
}
