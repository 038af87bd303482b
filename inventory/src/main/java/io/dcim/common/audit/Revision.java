package io.dcim.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One committed change set of the history: when, and who made it. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionActorListener.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revinfo_seq")
    @SequenceGenerator(name = "revinfo_seq", sequenceName = "revinfo_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "changed_at_ms")
    private long timestamp;

    private String actor;

    public long getId() { return id; }
    public long getTimestamp() { return timestamp; }
    public String getActor() { return actor; }

    void setActor(String actor) {
        this.actor = actor;
    }
}
