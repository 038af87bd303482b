/**
 * What the readings mean for the inventory ({@link io.dcim.power.load.LoadService}): cabinet draw against
 * contracted power, phase current against breaker rating, inlet conditions against the ASHRAE envelope, room
 * and site IT and facility load, PUE now and over a period. A whole scope costs a fixed handful of queries.
 */
package io.dcim.power.load;
