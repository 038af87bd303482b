package io.dcim.power.alarm;

/** Where the levels in force for a subject come from; a cabinet's override beats its site's. */
public enum ThresholdSource {
    DEFAULT, SITE, CABINET
}
