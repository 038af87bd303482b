package io.dcim.web.collector;

import io.dcim.app.config.CollectorSettings;
import io.dcim.power.collect.Collectors;
import io.dcim.power.redfish.RedfishCollector;
import io.dcim.power.redfish.RedfishConfig;
import io.dcim.power.remote.CollectorAgent;
import io.dcim.power.remote.SegmentBuffer;
import io.dcim.power.remote.TargetCache;
import io.dcim.power.snmp.PollerConfig;
import io.dcim.power.snmp.SnmpCollector;
import io.dcim.power.snmp.SnmpPoller;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar dcim.jar} with {@code DCIM_MODE=collector}: no database, no web server but its own {@code /health};
 * the SNMP and Redfish collectors the central sweeps with, a buffer on disk, the last target list sealed beside it,
 * and the link to the central. Closing it stops the sweeps
 * and the sender and closes the collectors' sockets; what is buffered stays on disk for the next start.
 */
public final class CollectorMode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CollectorMode.class);

    private final CollectorAgent agent;
    private final Collectors collectors;
    private final CollectorHealthServer health;

    private CollectorMode(CollectorAgent agent, Collectors collectors, CollectorHealthServer health) {
        this.agent = agent;
        this.collectors = collectors;
        this.health = health;
    }

    public static CollectorMode start(CollectorSettings settings) {
        return start(settings, new HttpCentralLink(settings.centralUrl(), settings.token()),
                new CollectorAgent.Settings(settings.sweep(), settings.refresh(),
                        CollectorAgent.Settings.DEFAULT.heartbeat(), CollectorAgent.Settings.DEFAULT.retry(),
                        CollectorAgent.Settings.DEFAULT.maxRetry()));
    }

    /** With another link or timings: tests cut the link, and sweep faster. */
    public static CollectorMode start(CollectorSettings settings, io.dcim.power.remote.CentralLink link,
                                      CollectorAgent.Settings timings) {
        log.info("Starting dcim {} as a {}", version(), settings);
        SegmentBuffer buffer = SegmentBuffer.open(settings.bufferDir(), settings.bufferBytes());
        Collectors collectors = Collectors.of(new SnmpCollector(new SnmpPoller(PollerConfig.defaults())),
                new RedfishCollector(RedfishConfig.defaults().withMaxInFlight(settings.redfishMaxInFlight())));
        CollectorAgent agent = new CollectorAgent(link, collectors, buffer,
                TargetCache.at(settings.targetsFile(), settings.token()), timings, Clock.systemUTC(), version());
        agent.start();
        CollectorHealthServer health = null;
        if (settings.healthPort() != CollectorSettings.NO_HEALTH) {
            try {
                health = CollectorHealthServer.start(settings.healthPort(), agent, version());
                log.info("Collector health at http://localhost:{}/health", health.port());
            } catch (RuntimeException e) {
                agent.close();
                collectors.close();
                throw e;
            }
        }
        return new CollectorMode(agent, collectors, health);
    }

    /** The port its {@code /health} answers on; -1 when it serves none. */
    public int healthPort() {
        return health == null ? CollectorSettings.NO_HEALTH : health.port();
    }

    public CollectorAgent agent() {
        return agent;
    }

    static String version() {
        String version = CollectorMode.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public void close() {
        if (health != null) {
            health.close();
        }
        agent.close();
        collectors.close();
    }
}
