/**
 * What the poller reads, stored: raw readings appended in bulk, rolled up into complete 5-minute and hourly
 * buckets, purged by a {@link io.dcim.power.reading.RetentionPolicy}, and read back as series and latest values
 * ({@link io.dcim.power.reading.ReadingStore}); the last poll of each target
 * ({@link io.dcim.power.reading.PollStatusStore}).
 */
package io.dcim.power.reading;
