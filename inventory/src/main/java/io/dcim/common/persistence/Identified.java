package io.dcim.common.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity numbered from a sequence of its own. The sequence is named by the one rule the migrations follow,
 * the table's name with {@code _seq} ({@code cabinet_row} draws from {@code cabinet_row_seq}), and hands out 50
 * ids at a time: Hibernate's own defaults, so no entity restates them. An entity whose sequence departs from the
 * rule (a larger step for rows written by the thousand) declares its id itself, and so, for now, does one that
 * extends {@link Timestamped}, a class having but one superclass.
 */
@MappedSuperclass
public abstract class Identified {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    /** Null until the entity is stored. */
    public Long getId() { return id; }
}
