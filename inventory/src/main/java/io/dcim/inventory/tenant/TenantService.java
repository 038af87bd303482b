package io.dcim.inventory.tenant;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.Removal;
import java.util.List;
import org.hibernate.Session;

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

    public Tenant tenant(long id) {
        return db.read(session -> Lookup.existing(session, Tenant.class, id, "tenant"));
    }

    public Tenant create(String tenantName, TenantKind kind) {
        return db.inTransaction(session -> {
            String name = checked(session, new TenantDetails(tenantName, kind), null);
            Tenant tenant = new Tenant(name, kind);
            session.persist(tenant);
            return tenant;
        });
    }

    /** Renames a tenant or changes its segment, against the version read. */
    public Tenant edit(long id, int expectedVersion, TenantDetails details) {
        return db.inTransaction(session -> {
            Tenant tenant = Lookup.existing(session, Tenant.class, id, "tenant");
            Lookup.checkVersion(tenant.getVersion(), expectedVersion, Message.named(Tenant.class, "tenant", tenant.getName()));
            tenant.setName(checked(session, details, tenant.getId()));
            tenant.setKind(details.kind());
            return tenant;
        });
    }

    /**
     * Deletes a tenant entered by mistake: one that holds no device, GPU or reservation here and that no other
     * module (demand, say) refers to.
     */
    public void delete(long id, int expectedVersion) {
        db.execute(session -> {
            Tenant tenant = Lookup.existing(session, Tenant.class, id, "tenant");
            Message named = Message.named(Tenant.class, "tenant", tenant.getName());
            Lookup.checkVersion(tenant.getVersion(), expectedVersion, named);
            long devices = count(session, "select count(d) from Device d where d.tenant = :t", tenant);
            long gpus = count(session, "select count(g) from Gpu g where g.tenant = :t", tenant);
            long reservations = count(session, "select count(r) from Reservation r where r.tenant = :t", tenant);
            if (devices + gpus + reservations > 0) {
                throw new ConflictException("id", Message.of("inventory.tenant.inUse", tenant.getName(), devices, gpus,
                        reservations));
            }
            Removal.remove(session, tenant, named);
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
