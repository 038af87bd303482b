package io.dcim.web;

import io.dcim.app.ForecastingServices;
import io.dcim.app.Services;
import io.dcim.app.config.AppConfig;
import io.dcim.app.config.MetricsAccess;
import io.dcim.app.config.SessionLimits;
import io.dcim.app.power.AlarmNotifiers;
import io.dcim.app.power.CredentialKeys;
import io.dcim.app.power.SmtpMailSender;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.PersistenceUnit;
import io.dcim.console.DcimWicketApplication;
import io.dcim.forecasting.history.HistoryDemo;
import io.dcim.forecasting.history.Resource;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.power.PowerModule;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.demo.PowerDemo;
import io.dcim.power.polling.PowerScheduling;
import io.dcim.procurement.demo.ProcurementDemoLoader;
import io.dcim.rest.RestApi;
import io.dcim.rest.docs.ApiDocsServlet;
import io.dcim.web.health.HealthServlet;
import io.dcim.web.http.SecurityHeadersFilter;
import io.dcim.web.metrics.Metrics;
import io.dcim.web.demo.DemoAgents;
import io.dcim.web.schedule.Scheduling;
import jakarta.servlet.DispatcherType;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.wicket.RuntimeConfigurationType;
import org.apache.wicket.protocol.http.WicketFilter;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running application: database migrated and seeded, then Jetty serving the Wicket
 * pages and {@code /health}. Closing it stops Jetty before the database.
 */
public final class DcimServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DcimServer.class);

    private final Database database;
    private final Server jetty;
    private final Services services;
    private final Scheduling scheduling;
    private final PowerModule power;
    private final DemoAgents demoAgents;
    private SmtpMailSender mail;
    private Metrics metrics;

    private DcimServer(Database database, Server jetty, Services services, Scheduling scheduling, PowerModule power,
            DemoAgents demoAgents) {
        this.database = database;
        this.jetty = jetty;
        this.services = services;
        this.scheduling = scheduling;
        this.power = power;
        this.demoAgents = demoAgents;
    }

    static final int DEMO_HISTORY_MONTHS = 24;
    /** How soon another node of a cluster starts the demo's agents after their node died. */
    static final java.time.Duration DEMO_AGENTS_RETRY = java.time.Duration.ofSeconds(5);

    /** The demo's SNMP and Redfish agents, the demo's targets pointed at them; closing stops both. */
    private static AutoCloseable startDemoAgents(Database database, PowerModule power, AppConfig config) {
        PowerDemo snmp = PowerDemo.start(database, power.targets(), power.profiles(),
                config.demoPowerHistory() ? DemoOptions.DEFAULT : DemoOptions.DEFAULT.withoutHistory());
        power.lldpSources().register(snmp.lldpTargets());
        io.dcim.power.demo.RedfishDemo redfish;
        try {
            redfish = io.dcim.power.demo.RedfishDemo.start(database, power.redfishTargets(),
                    new io.dcim.power.demo.RedfishDemo.Options(config.redfish().simulatorTls(), java.time.Duration.ZERO));
        } catch (RuntimeException e) {
            snmp.close();
            throw e;
        }
        return () -> {
            redfish.close();
            snmp.close();
        };
    }

    public static DcimServer start(AppConfig config) throws Exception {
        return start(config, Services.BCRYPT_COST);
    }

    /**
     * As {@link #start(AppConfig)}, with passwords hashed (the first administrator's, the sign-in decoy's, every one
     * set later) at bcrypt work factor {@code bcryptCost}: {@link Services#BCRYPT_COST} as the jar runs; tests whose
     * claim is not the work factor start with a cheap one (each hash at the real one is a few hundred milliseconds of
     * CPU, and every start makes two).
     */
    public static DcimServer start(AppConfig config, int bcryptCost) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(config.dataDir());
        log.info("Starting dcim {} on port {} with {}", version(), config.port(), config.database());
        Database database = Database.start(config.database(), persistenceUnits());
        try {
            Services services = new Services(database, Clock.systemUTC(), bcryptCost);
            int added = services.catalog().ensureReferenceData();
            if (added > 0) {
                log.info("Catalog: added {} shipped device and GPU models", added);
            }
            new DemoSiteLoader(database, services.catalog()).seedIfEmpty(config.demo());
            new ProcurementDemoLoader(database).seedIfEmpty(config.demo());
            if (config.demo() != DemoScale.OFF) {
                backfillDemoHistory(services);
            }
            firstAdmin(services, config);
            SmtpMailSender mail = config.smtp() == null ? null : new SmtpMailSender(config.smtp());
            if (mail != null) {
                log.info("Alarm mail via {}", config.smtp());
            }
            PowerModule power = PowerModule.start(database, Clock.systemUTC(),
                    PowerModule.Config.defaults(CredentialKeys.cipher(config.secretKey(), config.dataDir()))
                            .withNotifier(AlarmNotifiers.of(config.smtp(), mail,
                                    site -> io.dcim.console.layout.SiteZones.of(services.sites()).of(site)))
                            .withRedfish(io.dcim.power.redfish.RedfishConfig.defaults()
                                    .withMaxInFlight(config.redfish().maxInFlight())));
            services.attachPower(power);
            DemoAgents demoAgents = null;
            Scheduling scheduling = null;
            Metrics metrics = Metrics.start(services, power);
            Server jetty = jetty(config, database, services, metrics);
            try {
                // The demo's PDUs, UPSes and coolers answer on the built-in simulator, and its GPU servers' BMCs on the
                // built-in Redfish simulator, so power shows live at once: on one node of a cluster at a time.
                if (config.snmpSimulator() && config.demo() != DemoScale.OFF) {
                    demoAgents = DemoAgents.start(database, () -> startDemoAgents(database, power, config),
                            DEMO_AGENTS_RETRY);
                }
                scheduling = Scheduling.start(services, scheduler -> {
                    PowerScheduling.register(scheduler, power.services());
                    io.dcim.power.lldp.CablingCheckJob.register(scheduler, power.lldpCheck());
                });
                // Per node, not a clustered trigger: every node sweeps the targets it holds the leases of.
                power.startSweeps(PowerScheduling.Periods.DEFAULT.sweep());
                jetty.start();
            } catch (Exception e) {
                metrics.close();
                closeQuietly(scheduling, demoAgents, power);
                throw e;
            }
            DcimServer server = new DcimServer(database, jetty, services, scheduling, power, demoAgents);
            server.mail = mail;
            server.metrics = metrics;
            log.info("dcim is ready at http://localhost:{}/ ({} ms)", server.port(), (System.nanoTime() - started) / 1_000_000);
            return server;
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    /**
     * Two years of plausible daily use for each demo site that has none, so the forecasts and the
     * capacity plan have a history to read on the first start; history recorded since is kept.
     */
    private static void backfillDemoHistory(Services services) {
        ForecastingServices forecasting = services.forecasting();
        LocalDate yesterday = LocalDate.now(Clock.systemUTC()).minusDays(1);
        // Prices for the demo's usage, so its economics draw DOMAIN.md's margin curve (once: a price book is kept).
        new io.dcim.forecasting.economics.EconomicsDemo(services.economics().prices()).seedIfEmpty(
                services.sites().sites().stream().map(s -> s.getId()).toList(),
                services.tenants().tenants().stream().map(t -> t.getId()).toList());
        for (var site : services.sites().sites()) {
            if (forecasting.history().series(site.getId(), Resource.GPU, yesterday.minusYears(2), yesterday).isEmpty()) {
                int rows = new HistoryDemo(forecasting.history()).backfill(site.getId(), DEMO_HISTORY_MONTHS);
                log.info("Demo: backfilled {} months of utilization history for {} ({} rows)", DEMO_HISTORY_MONTHS,
                        site.getName(), rows);
            }
            // Card-hours used since autumn 2023 (DOMAIN.md's story), once per site: the aggregate rows, not millions of jobs.
            List<Long> tenants = services.tenants().tenants().stream().map(t -> t.getId()).toList();
            int usage = new io.dcim.forecasting.usage.UsageDemo(services.database()).seed(site.getId(), tenants,
                    yesterday.plusDays(1));
            if (usage > 0) {
                log.info("Demo: wrote usage since {} for {} ({} daily rows)", io.dcim.forecasting.usage.UsageDemo.FIRST_DAY,
                        site.getName(), usage);
            }
        }
    }

    /** The first administrator: password from DCIM_ADMIN_PASSWORD, or generated and shown once. */
    private static void firstAdmin(Services services, AppConfig config) {
        try {
            services.users().ensureFirstAdmin(config.adminPassword()).ifPresent(password -> log.warn(
                    "Created the first user 'admin' with the generated password {} - it is shown only this once;"
                            + " sign in and change it, or set DCIM_ADMIN_PASSWORD before the first start", password));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("DCIM_ADMIN_PASSWORD", "the first administrator's password "
                    + e.getMessage().substring(e.getMessage().indexOf(':') + 2));
        }
    }

    private static Server jetty(AppConfig config, Database database, Services services, Metrics metrics) {
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        if (config.security().trustProxy()) {
            // Only behind a reverse proxy that sets them: otherwise any client could claim HTTPS or another address.
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(config.port());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/", ServletContextHandler.SESSIONS);
        sessionCookies(context.getSessionHandler(), config.security().sessions());
        // First, so that a request's time includes every other filter's.
        context.addFilter(new FilterHolder(metrics.httpFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new SecurityHeadersFilter()), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addFilter(new FilterHolder(new io.dcim.web.health.RequestConnectionWait()), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new io.dcim.web.http.ApiReadTransaction(database)), "/api/v1/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder("health", new HealthServlet(database, version())), "/health");
        MetricsAccess metricsAccess = config.security().metrics();
        if (metricsAccess != MetricsAccess.OFF) {
            context.addServlet(new ServletHolder("metrics", metrics.servlet(metricsAccess, services.users())), "/metrics");
        }
        context.addServlet(new ServletHolder("api", RestApi.servlet(services, Clock.systemUTC(),
                config.security().allowedOrigins())), "/api/v1/*");
        context.addServlet(new ServletHolder("api-docs", new ApiDocsServlet()), ApiDocsServlet.MOUNT + "/*");
        WicketFilter wicket = new WicketFilter(new DcimWicketApplication(services, RuntimeConfigurationType.DEPLOYMENT, true)
                .withSessions(config.security().sessions(), Clock.systemUTC()));
        FilterHolder holder = new FilterHolder(wicket);
        holder.setInitParameter(WicketFilter.FILTER_MAPPING_PARAM, "/*");
        holder.setInitParameter("ignorePaths", metricsAccess == MetricsAccess.OFF ? "health,api/" : "health,metrics,api/");
        context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.setErrorHandler(errorPages());
        server.setHandler(context);
        server.setStopAtShutdown(false);
        return server;
    }

    /**
     * The session cookie is not readable by scripts, not sent on cross-site sub-requests, and
     * Secure whenever the request came over HTTPS (as the trusted proxy says, when there is one).
     * Jetty ends a session after the idle time; the console also checks it, with the lifetime.
     */
    private static void sessionCookies(SessionHandler sessions, SessionLimits limits) {
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureRequestOnly(true);
        sessions.setMaxInactiveInterval((int) Math.min(Integer.MAX_VALUE, limits.idle().toSeconds()));
    }

    /**
     * Errors Jetty answers itself (an address no servlet or page serves, a sendError) are forwarded to the
     * console's own pages, which keep the status; other statuses keep Jetty's short answer. Not 503: that
     * is the database being unreachable, and the console's pages need it (the session's credential check).
     */
    private static org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler errorPages() {
        var handler = new org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler();
        for (int status : new int[] {403, 404, 500}) {
            handler.addErrorPage(status, io.dcim.console.layout.error.ErrorPages.MOUNT + status);
        }
        handler.setShowServlet(false);
        handler.setShowStacks(false);
        return handler;
    }

    static List<PersistenceUnit> persistenceUnits() {
        List<PersistenceUnit> units = new ArrayList<>();
        ServiceLoader.load(PersistenceUnit.class).forEach(units::add);
        return units;
    }

    static String version() {
        String version = DcimServer.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public Services services() {
        return services;
    }

    public Database database() {
        return database;
    }

    public PowerModule power() {
        return power;
    }

    /**
     * Stops the background work in order: no new sweeps, then the poller (the Redfish collector logs out of its BMC
     * sessions, which the demo's simulated BMCs must still answer), then the demo's agents.
     */
    private static void closeQuietly(Scheduling scheduling, DemoAgents demoAgents, PowerModule power) {
        try {
            if (scheduling != null) {
                scheduling.close();
            }
        } catch (Exception e) {
            log.warn("Stopping the scheduler failed", e);
        }
        power.close();
        if (demoAgents != null) {
            demoAgents.close();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
            // Background imports and exports stop with the server (an export's temporary file goes too).
            services.importJobs().close();
            services.exportJobs().close();
            closeQuietly(scheduling, demoAgents, power);
            if (mail != null) {
                mail.close();
            }
            if (metrics != null) {
                metrics.close();
            }
        } finally {
            database.close();
        }
    }

}
