/**
 * Energy over months: a site's IT and facility energy, each tenant's share of the IT energy
 * ({@link io.dcim.power.energy.EnergyQueries}, published to other modules), and the green-data-centre report built
 * on them.
 */
package io.dcim.power.energy;
