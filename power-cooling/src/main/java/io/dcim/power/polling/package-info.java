/**
 * Scheduled polling: {@link io.dcim.power.polling.PollingService} sweeps the due targets through the collector
 * of their protocol ({@link io.dcim.power.collect.Collectors}) and stores readings and poll statuses; {@link io.dcim.power.polling.Housekeeping} rolls
 * readings up and purges them; {@link io.dcim.power.polling.PowerScheduling} registers both as thin Quartz
 * jobs in the application's scheduler, with {@link io.dcim.power.polling.PowerServices} (sweep, then alarm
 * evaluation) in its context.
 */
package io.dcim.power.polling;
