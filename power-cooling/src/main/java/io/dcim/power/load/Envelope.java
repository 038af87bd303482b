package io.dcim.power.load;

/** Where a temperature or humidity sits against its recommended range. */
public enum Envelope {
    BELOW, WITHIN, ABOVE, UNKNOWN;

    static Envelope of(Double value, double low, double high) {
        if (value == null) {
            return UNKNOWN;
        }
        return value < low ? BELOW : value > high ? ABOVE : WITHIN;
    }
}
