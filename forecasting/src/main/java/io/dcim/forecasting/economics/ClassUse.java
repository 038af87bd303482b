package io.dcim.forecasting.economics;

import java.math.BigDecimal;

/** A class's card-hours used, core-hours used and card-hours available in a month. */
record ClassUse(BigDecimal used, BigDecimal core, BigDecimal available) {

    static final ClassUse NONE = new ClassUse(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    ClassUse plus(ClassUse o) {
        return new ClassUse(used.add(o.used), core.add(o.core), available.add(o.available));
    }
}
