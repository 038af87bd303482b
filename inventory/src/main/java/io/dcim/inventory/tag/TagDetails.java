package io.dcim.inventory.tag;

import java.io.Serializable;

/** A tag's editable facts; a blank slug is derived from the name. */
public record TagDetails(String name, String slug, String colour, String description) implements Serializable {
}
