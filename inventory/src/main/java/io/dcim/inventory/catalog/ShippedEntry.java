package io.dcim.inventory.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One shipped catalog entry ({@code gpu:<name>}, {@code device:<manufacturer>|<model>}) this database has been
 * given: the start-up seeding adds an entry once, so a model people renamed or deleted does not come back.
 */
@Entity
@Table(name = "catalog_shipped")
public class ShippedEntry {

    @Id
    private String entryKey;

    protected ShippedEntry() {
    }

    ShippedEntry(String entryKey) {
        this.entryKey = entryKey;
    }

    public String getEntryKey() { return entryKey; }
}
