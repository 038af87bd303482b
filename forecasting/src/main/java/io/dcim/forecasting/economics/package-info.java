/**
 * Unit economics (issue 14): prices, a site's revenue and cost lines per month, gross margin, utilization and
 * break-even per GPU class, what-ifs that change nothing, and tenants' monthly statements. Usage and energy are
 * read through {@link io.dcim.forecasting.economics.UsageSource} and {@link io.dcim.forecasting.economics.EnergySource}.
 */
package io.dcim.forecasting.economics;
