package io.dcim.power.snmp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;

/** The poller settings tests start from: the simulators and snmpd listen on loopback, so the poller binds there. */
public final class TestPollers {

    private TestPollers() {
    }

    public static PollerConfig onLoopback() {
        return PollerConfig.defaults().withBindAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    /**
     * On loopback, with a back-off that never rests a target: the default one would rest a silent target after two
     * timeouts, and tests that count failures in a row need every poll asked.
     */
    public static PollerConfig askingEveryTime() {
        return onLoopback().withBackoff(100, Duration.ofSeconds(30), Duration.ofMinutes(15), null);
    }
}
