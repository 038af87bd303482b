package io.dcim.web;

import io.dcim.app.config.AppConfig;
import io.dcim.common.error.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code java -jar dcim.jar}: configuration from the environment, then serve until stopped. */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (collectorMode()) {
            return;
        }
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment();
        } catch (DomainException e) {
            System.err.println("dcim: configuration error: " + e.getMessage());
            System.exit(2);
            return;
        }
        DcimServer server;
        try {
            server = DcimServer.start(config);
        } catch (DomainException e) {
            System.err.println("dcim: cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                log.info("Stopping dcim");
                server.close();
            } catch (Exception e) {
                log.warn("Stopping dcim failed", e);
            }
        }, "dcim-shutdown"));
    }

    /** {@code DCIM_MODE=collector}: the remote site collector, no database and no web server but its /health (README). */
    private static boolean collectorMode() {
        io.dcim.app.config.CollectorSettings settings;
        try {
            if (!io.dcim.app.config.CollectorSettings.requested(System.getenv())) {
                return false;
            }
            settings = io.dcim.app.config.CollectorSettings.fromEnvironment();
        } catch (DomainException e) {
            System.err.println("dcim: configuration error: " + e.getMessage());
            System.exit(2);
            return true;
        }
        io.dcim.web.collector.CollectorMode collector = io.dcim.web.collector.CollectorMode.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("Stopping the collector");
            collector.close();
        }, "dcim-shutdown"));
        return true;
    }
}
