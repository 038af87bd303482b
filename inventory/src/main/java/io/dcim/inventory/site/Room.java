package io.dcim.inventory.site;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A data hall of a site. */
@Entity
@Audited
@Table(name = "room")
public class Room extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Site site;

    private String name;
    /** The name in the order people count ({@link NaturalOrder#sortKey}), for the lists sorted in the database. */
    @NotAudited
    private String sortKey;

    protected Room() {
    }

    public Room(Site site, String name) {
        this.site = site;
        setName(name);
    }

    public Site getSite() { return site; }
    public String getName() { return name; }
    /** The constructor names the object through here too: the sort key follows every name it is given. */
    public void setName(String name) {
        this.name = name;
        this.sortKey = NaturalOrder.sortKey(name);
    }
}
