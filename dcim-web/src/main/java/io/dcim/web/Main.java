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
}
