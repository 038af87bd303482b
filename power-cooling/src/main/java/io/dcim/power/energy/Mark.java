package io.dcim.power.energy;

/** A figure against its target: met, missed, or not known (nothing measured, or nothing to compare with). */
public enum Mark {
    PASS, FAIL, UNKNOWN;

    static Mark of(boolean met) {
        return met ? PASS : FAIL;
    }
}
