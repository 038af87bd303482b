/** Benchmarks of the forecasting engine (run by the {@code bench} Maven profile, not by tests). */
package io.dcim.forecasting.bench;
