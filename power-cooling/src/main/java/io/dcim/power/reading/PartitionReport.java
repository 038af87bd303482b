package io.dcim.power.reading;

import java.util.List;

/**
 * What the housekeeping did to the daily partitions of the raw readings (PostgreSQL; nothing on H2): the partitions
 * made (ahead of their day, or for readings that had landed in the default partition), how many readings it moved
 * out of the default partition, and how many stay there (their day is beyond the days made ahead).
 */
public record PartitionReport(List<String> created, long movedFromDefault, long leftInDefault) {

    /** Nothing done: H2, whose raw readings are one plain table. */
    public static final PartitionReport NONE = new PartitionReport(List.of(), 0, 0);

    public PartitionReport {
        created = List.copyOf(created);
    }
}
