package io.dcim.inventory.tag;

import java.io.Serializable;

/** A tag as an object shows it: a coloured chip with its name, and the slug filters use. */
public record TagChip(long id, String name, String slug, String colour) implements Serializable {
}
