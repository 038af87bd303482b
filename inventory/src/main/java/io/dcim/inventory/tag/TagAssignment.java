package io.dcim.inventory.tag;

import io.dcim.common.persistence.Identified;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * One tag on one object. It names the object by type and id, so the four kinds of object share one
 * table and one set of queries; its history says who tagged what, and when. Never edited: a tag taken
 * off is a deleted assignment.
 */
@Entity
@Audited
@Table(name = "tag_assignment")
public class TagAssignment extends Identified {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ObjectType objectType;
    private long objectId;
    private long tagId;

    protected TagAssignment() {
    }

    TagAssignment(ObjectType objectType, long objectId, long tagId) {
        this.objectType = objectType;
        this.objectId = objectId;
        this.tagId = tagId;
    }

    public ObjectType getObjectType() { return objectType; }
    public long getObjectId() { return objectId; }
    public long getTagId() { return tagId; }
}
