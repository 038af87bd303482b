package io.dcim.inventory.search;

import java.io.Serializable;

/** One thing the header's search found: its id, the name people know it by, and a detail that tells it apart. */
public record SearchHit(long id, String name, String detail) implements Serializable {
}
