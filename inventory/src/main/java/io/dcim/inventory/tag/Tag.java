package io.dcim.inventory.tag;

import io.dcim.common.persistence.VersionedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A label people put on sites, cabinets, devices and GPUs to group them ("training-pool", "RMA"). */
@Entity
@Audited
@Table(name = "tag")
public class Tag extends VersionedEntity {

    private String name;
    /** Upper-cased copy behind the unique index: names are unique ignoring case. */
    @NotAudited
    private String nameKey;
    /** The name in URLs, filters and spreadsheets: lower case, digits and dashes. */
    private String slug;
    /** {@code #rrggbb}, the chip's background. */
    private String colour;
    private String description;

    protected Tag() {
    }

    Tag(TagDetails details) {
        apply(details);
    }

    void apply(TagDetails details) {
        this.name = details.name();
        this.nameKey = details.name().toUpperCase(Locale.ROOT);
        this.slug = details.slug();
        this.colour = details.colour();
        this.description = details.description();
    }

    public String getName() { return name; }
    public String getSlug() { return slug; }
    public String getColour() { return colour; }
    public String getDescription() { return description; }

    public TagDetails details() {
        return new TagDetails(name, slug, colour, description);
    }
}
