package io.dcim.web.metrics;

import com.zaxxer.hikari.HikariDataSource;
import io.dcim.app.Services;
import io.dcim.app.config.MetricsAccess;
import io.dcim.power.PowerModule;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The node's meters, for Prometheus at {@code /metrics}. Registered here, in the shell, around what the modules
 * already publish (the poller's sweep reports, the load, alarm and GPU queries, Hikari's own tracker): the
 * modules stay free of any metrics library and the layers keep pointing one way (doors and shell → modules),
 * as the architecture tests hold. One registry per running server, so two servers in one JVM (tests) do not mix.
 */
public final class Metrics implements AutoCloseable {

    /** How long the domain figures are reused between scrapes. */
    public static final Duration DOMAIN_MAX_AGE = Duration.ofSeconds(30);
    /** Routes beyond this many distinct ones are not recorded: a guard should the templates miss a kind of id. */
    static final int MAX_ROUTES = 400;

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;
    private final DomainGauges domain;

    private Metrics(PrometheusMeterRegistry registry, JvmGcMetrics gc, DomainGauges domain) {
        this.registry = registry;
        this.gc = gc;
        this.domain = domain;
    }

    public static Metrics start(Services services, PowerModule power) {
        return start(services, power, DOMAIN_MAX_AGE);
    }

    /** With another reuse time for the domain figures: zero reads them at every scrape (the benchmark's worst case). */
    public static Metrics start(Services services, PowerModule power, Duration domainMaxAge) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(MeterFilter.maximumAllowableTags("http.server.requests", "route", MAX_ROUTES,
                MeterFilter.deny()));
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        try {
            // Hikari's Micrometer tracker: connections active, idle, pending, and the wait for one (pool "dcim").
            // A pool takes one registry for its life: a second Metrics on the same database (a benchmark) goes without.
            HikariDataSource pool = services.database().dataSource().unwrap(HikariDataSource.class);
            if (pool.getMetricRegistry() == null) {
                pool.setMetricRegistry(registry);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database pool is not Hikari's", e);
        }
        PollerMeters.bind(registry, power.polling());
        return new Metrics(registry, gc, new DomainGauges(registry, services, domainMaxAge));
    }

    public Filter httpFilter() {
        return new HttpMetricsFilter(registry);
    }

    public HttpServlet servlet(MetricsAccess access, io.dcim.identity.user.UserService users) {
        return new MetricsServlet(registry, domain, access, users);
    }

    /** The text a scrape answers, refreshed as a scrape would: for the benchmark. */
    public String scrape() {
        domain.refreshIfStale();
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
