package io.dcim.power.profile;

/**
 * ENTITY-SENSOR-MIB (RFC 3433) {@code SensorDataScale} to a power of ten. Note the RFC's own ordering quirk:
 * exa(14) is 10^18 and peta(15) is 10^15.
 */
final class EntitySensorScale {

    private static final int[] EXPONENTS = {
        0, -24, -21, -18, -15, -12, -9, -6, -3, 0, 3, 6, 9, 12, 18, 15, 21, 24
    };

    private EntitySensorScale() {
    }

    /** @return the power of ten, or null for a value outside the enumeration */
    static Integer exponent(int scale) {
        if (scale < 1 || scale >= EXPONENTS.length) {
            return null;
        }
        return EXPONENTS[scale];
    }
}
