package io.dcim.inventory.site;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A data hall of a site. */
@Entity
@Audited
@Table(name = "room")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

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

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Site getSite() { return site; }
    public String getName() { return name; }
    /** The constructor names the object through here too: the sort key follows every name it is given. */
    public void setName(String name) {
        this.name = name;
        this.sortKey = NaturalOrder.sortKey(name);
    }
}
