package io.dcim.web;

import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.LifecycleStatus;

/**
 * The demo site and its first GPU server in service: what the tests of a device's pages start from. A
 * {@code @BothDatabases} test takes it as a parameter, built on that run's database.
 */
public record DemoServer(Services services, DeviceSummary server) {

    public DemoServer(Database db) {
        this(WebTesting.demoSite(db));
    }

    private DemoServer(Services services) {
        this(services, WebTesting.firstGpuServer(services, LifecycleStatus.IN_SERVICE));
    }
}
