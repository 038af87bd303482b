package io.dcim.inventory.tenant;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.VersionedStore;
import java.util.List;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.required;

/** The operator's customers. */
public final class TenantService {

    private final Database db;
    private final VersionedStore<Tenant> store;

    public TenantService(Database db) {
        this.db = db;
        this.store = VersionedStore.named(db, Tenant.class, "tenant", Tenant::getVersion, Tenant::getName);
    }

    public List<Tenant> tenants() {
        return db.read(session -> session.createQuery("from Tenant order by name", Tenant.class).getResultList());
    }

    public Tenant tenant(long id) {
        return store.find(id);
    }

    public Tenant create(String tenantName, TenantKind kind) {
        return store.create(session -> new Tenant(checked(session, new TenantDetails(tenantName, kind), null), kind));
    }

    /** Renames a tenant or changes its segment, against the version read. */
    public Tenant edit(long id, int expectedVersion, TenantDetails details) {
        return store.edit(id, expectedVersion, (session, tenant) -> {
            tenant.setName(checked(session, details, tenant.getId()));
            tenant.setKind(details.kind());
        });
    }

    /**
     * Deletes a tenant entered by mistake: one that holds no device, GPU or reservation here and that no other
     * module (demand, say) refers to.
     */
    public void delete(long id, int expectedVersion) {
        store.remove(id, expectedVersion, (session, tenant) -> {
            long devices = count(session, "select count(d) from Device d where d.tenant = :t", tenant);
            long gpus = count(session, "select count(g) from Gpu g where g.tenant = :t", tenant);
            long reservations = count(session, "select count(r) from Reservation r where r.tenant = :t", tenant);
            if (devices + gpus + reservations > 0) {
                throw new ConflictException("id", Message.of("inventory.tenant.inUse", tenant.getName(), devices, gpus,
                        reservations));
            }
        });
    }

    /** The name, trimmed, once it is known to be given and free, and the kind given. */
    private static String checked(Session session, TenantDetails details, Long self) {
        String name = required("name", details.name(), 120);
        if (details.kind() == null) {
            throw new InvalidValueException("kind", Message.of("inventory.tenant.kindRequired"));
        }
        Long clashes = session.createQuery("select count(t) from Tenant t where upper(t.name) = upper(:n) and t.id <> :self",
                        Long.class)
                .setParameter("n", name).setParameter("self", self == null ? -1L : self).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", Message.of("inventory.tenant.exists", name));
        }
        return name;
    }

    private static long count(Session session, String hql, Tenant tenant) {
        return session.createQuery(hql, Long.class).setParameter("t", tenant).getSingleResult();
    }
}
