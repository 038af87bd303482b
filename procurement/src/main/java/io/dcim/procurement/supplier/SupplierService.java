package io.dcim.procurement.supplier;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/** Creates, edits and lists suppliers. */
public final class SupplierService {

    static final int MAX_CONTACTS = 20;
    private static final int MAX_LEAD_TIME_DAYS = 730;
    /** Unified social credit codes have 18 characters; older registration numbers 15 to 20. */
    private static final Pattern TAX_ID = Pattern.compile("[0-9A-Z]{15,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,40}");
    private static final SortColumns SORT = new SortColumns("name", "s.id", Map.of(
            "name", "s.nameKey", "leadTimeDays", "s.leadTimeDays", "taxId", "s.taxId"));

    private final Database db;
    private final VersionedStore<Supplier> store;

    public SupplierService(Database db) {
        this.db = db;
        this.store = VersionedStore.named(db, Supplier.class, "supplier", Supplier::getVersion, Supplier::getName);
    }

    public Supplier create(SupplierInput input) {
        return store.create(session -> {
            Supplier supplier = new Supplier(required("name", input.name(), 200));
            apply(session, supplier, input);
            return supplier;
        });
    }

    public Supplier edit(long id, int expectedVersion, SupplierInput input) {
        return store.edit(id, expectedVersion, (session, supplier) -> {
            supplier.setName(required("name", input.name(), 200));
            apply(session, supplier, input);
        });
    }

    /**
     * Deletes a supplier nothing refers to. Orders, requests that prefer it, assets bought from or
     * supported by it and compute contracts keep it: the refusal counts them so people know what holds it.
     */
    public void delete(long id, int expectedVersion) {
        store.remove(id, expectedVersion, (session, supplier) -> {
            long orders = count(session, "select count(o) from PurchaseOrder o where o.supplier = :s", supplier);
            long requests = count(session, "select count(r) from PurchaseRequest r where r.preferredSupplier = :s", supplier);
            long assets = count(session,
                    "select count(a) from FixedAsset a where a.supplier = :s or a.supportSupplier = :s", supplier);
            long contracts = count(session, "select count(c) from ComputeContract c where c.provider = :s", supplier);
            if (orders + requests + assets + contracts > 0) {
                throw new ConflictException("id", Message.of("procurement.supplier.inUse", supplier.getName(), orders, requests,
                        assets, contracts));
            }
        });
    }

    private static long count(Session session, String hql, Supplier supplier) {
        return session.createQuery(hql, Long.class).setParameter("s", supplier).getSingleResult();
    }

    /** The supplier with its contacts loaded. */
    public Supplier find(long id) {
        return db.read(session -> {
            Supplier supplier = Lookup.existing(session, Supplier.class, id, "supplier");
            supplier.getContacts().size(); // loads them while the session is open
            return supplier;
        });
    }

    public Optional<Supplier> findByName(String name) {
        return db.read(session -> session.createQuery("from Supplier s where s.nameKey = :k", Supplier.class)
                .setParameter("k", Supplier.key(name)).getResultStream().findFirst());
    }

    /** Every supplier by name, for choosing one (the operator deals with dozens, not thousands). */
    public List<SupplierSummary> all() {
        return page(null, new PageRequest(0, PageRequest.MAX_SIZE, "name", true)).items();
    }

    public Page<SupplierSummary> page(String nameContains, PageRequest request) {
        return db.read(session -> new PagedQuery<>(SupplierSummary.class,
                "select new io.dcim.procurement.supplier.SupplierSummary(s.id, s.version, s.name, s.taxId, s.leadTimeDays,"
                        + " (select count(c.id) from SupplierContact c where c.supplier = s))",
                "from Supplier s", "s.id", SORT)
                .where("s.nameKey like :name", "name", Like.contains(nameContains))
                .fetch(session, request));
    }

    private static void apply(Session session, Supplier supplier, SupplierInput input) {
        Long clashes = session.createQuery("select count(s) from Supplier s where s.nameKey = :k and s.id <> :self", Long.class)
                .setParameter("k", Supplier.key(supplier.getName()))
                .setParameter("self", supplier.getId() == null ? -1L : supplier.getId())
                .getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", Message.of("procurement.supplier.exists", supplier.getName()));
        }
        supplier.setTaxId(taxId(input.taxId()));
        supplier.setLeadTimeDays(leadTime(input.leadTimeDays()));
        supplier.setNotes(optional("notes", input.notes(), 2000));
        supplier.replaceContacts(contacts(input.contacts()));
    }

    private static String taxId(String value) {
        String taxId = optional("taxId", value, 32);
        if (taxId == null) {
            return null;
        }
        taxId = taxId.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!TAX_ID.matcher(taxId).matches()) {
            throw new InvalidValueException("taxId", Message.of("procurement.supplier.taxId", value.trim()));
        }
        return taxId;
    }

    private static int leadTime(Integer days) {
        if (days == null) {
            return Supplier.DEFAULT_LEAD_TIME_DAYS;
        }
        if (days < 0 || days > MAX_LEAD_TIME_DAYS) {
            throw new InvalidValueException("leadTimeDays", Message.of("procurement.supplier.leadTime", MAX_LEAD_TIME_DAYS, days));
        }
        return days;
    }

    private static List<ContactInput> contacts(List<ContactInput> contacts) {
        if (contacts == null) {
            return List.of();
        }
        if (contacts.size() > MAX_CONTACTS) {
            throw new InvalidValueException("contacts", Message.of("procurement.supplier.tooManyContacts", MAX_CONTACTS,
                    contacts.size()));
        }
        List<ContactInput> checked = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            ContactInput c = contacts.get(i);
            String field = "contacts[" + i + "].";
            String name = required(field + "name", c.name(), 120);
            String email = optional(field + "email", c.email(), 200);
            String phone = optional(field + "phone", c.phone(), 40);
            if (email == null && phone == null) {
                throw new InvalidValueException(field + "email", Message.of("procurement.supplier.contactUnreachable", name));
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw new InvalidValueException(field + "email", Message.of("procurement.supplier.email", email));
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                throw new InvalidValueException(field + "phone", Message.of("procurement.supplier.phone", phone));
            }
            checked.add(new ContactInput(name, email, phone));
        }
        return checked;
    }
}
