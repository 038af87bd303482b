package io.dcim.inventory.site;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A row of cabinets in a room ("row" is reserved in SQL, hence the name). */
@Entity
@Audited
@Table(name = "cabinet_row")
public class CabinetRow extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Room room;

    private String name;
    /** The name in the order people count ({@link NaturalOrder#sortKey}), for the lists sorted in the database. */
    @NotAudited
    private String sortKey;
    private int position;

    protected CabinetRow() {
    }

    public CabinetRow(Room room, String name, int position) {
        this.room = room;
        setName(name);
        this.position = position;
    }

    public Room getRoom() { return room; }
    public String getName() { return name; }
    /** The constructor names the object through here too: the sort key follows every name it is given. */
    public void setName(String name) {
        this.name = name;
        this.sortKey = NaturalOrder.sortKey(name);
    }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
