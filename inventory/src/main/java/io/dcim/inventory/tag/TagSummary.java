package io.dcim.inventory.tag;

import java.io.Serializable;

/** A line of the tag list: the tag and how many objects carry it. */
public record TagSummary(long id, int version, String name, String slug, String colour, String description, long uses)
        implements Serializable {
}
