package io.dcim.procurement.supplier;

import io.dcim.common.persistence.TimestampedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.hibernate.envers.Audited;

/** A company the operator buys equipment or compute from. Names are unique ignoring case. */
@Entity
@Audited
@Table(name = "supplier")
public class Supplier extends TimestampedEntity {

    /** What a supplier quotes when nobody has said otherwise: about a month from order to dock. */
    public static final int DEFAULT_LEAD_TIME_DAYS = 30;

    private String name;
    /** Upper-cased copy behind the unique index. */
    private String nameKey;
    /** Unified social credit code (统一社会信用代码) or an older tax registration number. */
    private String taxId;
    private int leadTimeDays = DEFAULT_LEAD_TIME_DAYS;
    private String notes;

    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SupplierContact> contacts = new ArrayList<>();

    protected Supplier() {
    }

    public Supplier(String name) {
        this.name = name;
    }

    public static String key(String name) {
        return name == null ? null : name.trim().toUpperCase(Locale.ROOT);
    }

    @PrePersist
    @PreUpdate
    void normalizeKey() {
        nameKey = key(name);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTaxId() { return taxId; }
    public void setTaxId(String taxId) { this.taxId = taxId; }
    public int getLeadTimeDays() { return leadTimeDays; }
    public void setLeadTimeDays(int leadTimeDays) { this.leadTimeDays = leadTimeDays; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<SupplierContact> getContacts() { return Collections.unmodifiableList(contacts); }

    /**
     * Makes the contacts those given, in order. Existing rows are updated in place so that the
     * history shows an edited contact as a change, not as one deleted and another added.
     */
    void replaceContacts(List<ContactInput> wanted) {
        for (int i = 0; i < wanted.size(); i++) {
            ContactInput c = wanted.get(i);
            if (i < contacts.size()) {
                contacts.get(i).update(i, c.name(), c.email(), c.phone());
            } else {
                contacts.add(new SupplierContact(this, i, c.name(), c.email(), c.phone()));
            }
        }
        while (contacts.size() > wanted.size()) {
            contacts.remove(contacts.size() - 1);
        }
    }
}
