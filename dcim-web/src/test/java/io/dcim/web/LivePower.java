package io.dcim.web;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import java.time.Instant;

/**
 * The power module attached to the services with the power demo's simulated PDUs and UPSes answering, swept once:
 * live readings and alarms for the power pages and the power API. Closing it stops the demo, then the module.
 */
public record LivePower(PowerModule power, PowerDemo demo) implements AutoCloseable {

    public static LivePower start(Services services, Database db, DemoOptions options) {
        PowerModule power = WebTesting.attachPower(services, db);
        PowerDemo demo = null;
        try {
            demo = PowerDemo.start(db, power.targets(), power.profiles(), options);
            power.services().sweepAndEvaluate(Instant.now());
            return new LivePower(power, demo);
        } catch (RuntimeException e) {
            try (PowerModule closing = power; PowerDemo stopping = demo) {
                throw e;
            }
        }
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
