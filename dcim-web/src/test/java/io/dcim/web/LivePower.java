package io.dcim.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.power.polling.SweepReport;
import java.time.Instant;

/**
 * The power module attached to the services with the power demo's simulated PDUs and UPSes answering, swept until
 * every poll is stored: live readings and alarms for the power pages and the power API. Closing it stops the demo, then the module.
 */
public record LivePower(PowerModule power, PowerDemo demo) implements AutoCloseable {

    public static LivePower start(Services services, Database db, DemoOptions options) {
        PowerModule power = WebTesting.attachPower(services, db);
        PowerDemo demo = null;
        try {
            demo = PowerDemo.start(db, power.targets(), power.profiles(), options);
            sweepUntilEveryPollIsStored(power);
            return new LivePower(power, demo);
        } catch (RuntimeException e) {
            try (PowerModule closing = power; PowerDemo stopping = demo) {
                throw e;
            }
        }
    }

    /**
     * A sweep waits a bounded time for its polls; on a loaded machine some agents answer after it stopped waiting
     * and the next sweep stores them. Pages and answers that show every target's last poll, the alarms and the
     * site's load need them all, so sweep until none is left in flight.
     */
    public static SweepReport sweepUntilEveryPollIsStored(PowerModule power) {
        SweepReport report = power.services().sweepAndEvaluate(Instant.now());
        for (int i = 0; i < 20 && report.stillPolling() > 0; i++) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sweeping", e);
            }
            report = power.services().sweepAndEvaluate(Instant.now());
        }
        assertThat(report.stillPolling()).as("polls still in flight after 20 sweeps").isZero();
        return report;
    }

    @Override
    public void close() {
        try {
            demo.close();
        } finally {
            power.close();
        }
    }
}
