package io.dcim.power.energy;

/**
 * The raw sums behind a month's or a year's figures, in Wh and counts, added before anything is rounded.
 *
 * @param months how many measured months went in
 */
record EnergySums(long itWh, long facilityWh, double renewableWh, long cabinetsInUse, long cabinetsLeased,
                    long gpuHours, int months) {

    static final EnergySums NONE = new EnergySums(0, 0, 0, 0, 0, 0, 0);

    EnergySums plus(EnergySums o) {
        return new EnergySums(itWh + o.itWh, facilityWh + o.facilityWh, renewableWh + o.renewableWh,
                cabinetsInUse + o.cabinetsInUse, cabinetsLeased + o.cabinetsLeased, gpuHours + o.gpuHours,
                months + o.months);
    }

    boolean measured() {
        return months > 0;
    }
}
