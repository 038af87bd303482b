package io.dcim.procurement.supplier;

import io.dcim.common.persistence.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A person to call at a supplier. Edited only through its supplier, whose version guards it. */
@Entity
@Audited
@Table(name = "supplier_contact")
public class SupplierContact extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Supplier supplier;

    private int position;
    private String name;
    private String email;
    private String phone;

    protected SupplierContact() {
    }

    SupplierContact(Supplier supplier, int position, String name, String email, String phone) {
        this.supplier = supplier;
        update(position, name, email, phone);
    }

    final void update(int position, String name, String email, String phone) {
        this.position = position;
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public Supplier getSupplier() { return supplier; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
}
