package io.dcim.power.alarm;

/**
 * What an alarm is about, with the unit its levels are in and how a value is compared with a level.
 * Power and temperature alarms raise when a value is above a level; the unreachable alarm raises when a
 * target has missed at least that many polls in a row.
 */
public enum AlarmKind {
    /** A cabinet's measured draw in % of its contracted power. */
    CABINET_POWER("%", false),
    /** The hottest inlet of a cabinet (or a sensor outside cabinets), in °C. */
    INLET_TEMP("°C", false),
    /**
     * Polls in a row a target read nothing: no answer (timeout, unreachable, authentication failure) or an
     * answer without a readable value (no such object, wrong type).
     */
    TARGET_UNREACHABLE("polls", true),
    /**
     * A port the last cabling check found not as recorded, ranked by its outcome: 1 missing (no link seen),
     * 2 miswired (another neighbour than the recorded one); 0 once a later check finds it OK.
     */
    CABLE_FAULT("rank", true),
    /**
     * A cabinet's measured draw in % of what one side of its feeds can carry, derated (the weaker side: what is
     * left when the other fails). Above 100 % the cabinet has lost its redundancy: a failed side would put the
     * survivor over its breaker's continuous rating.
     */
    REDUNDANCY_LOST("%", false);

    private final String unit;
    private final boolean reachedAtLevel;

    AlarmKind(String unit, boolean reachedAtLevel) {
        this.unit = unit;
        this.reachedAtLevel = reachedAtLevel;
    }

    public String unit() {
        return unit;
    }

    /** True when a value equal to the level counts as past it (a count), false when it must exceed it. */
    public boolean reachedAtLevel() {
        return reachedAtLevel;
    }
}
