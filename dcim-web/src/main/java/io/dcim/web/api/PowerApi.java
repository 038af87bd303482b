package io.dcim.web.api;

import io.dcim.common.access.Permission;

import io.dcim.common.text.MultiLine;
import io.dcim.power.PowerModule;
import io.dcim.power.alarm.AlarmFilter;
import io.dcim.power.alarm.AlarmKind;
import io.dcim.power.alarm.AlarmState;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetFilter;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.web.Services;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Power and cooling: a cabinet's and a site's live load and PUE, reading series, SNMP targets
 * (credentials write-only: accepted, never answered) with their poll status, and alarms.
 */
final class PowerApi {

    private static final Duration DEFAULT_SPAN = Duration.ofHours(24);

    private final Services services;

    PowerApi(Services services) {
        this.services = services;
    }

    void register(List<Route> routes) {
        routes.add(Route.of("GET", "/cabinets/{id}/power", r -> power().loads().cabinet(r.pathId("id"))));
        routes.add(Route.of("GET", "/sites/{id}/power", r -> power().loads().site(r.pathId("id"))));
        routes.add(Route.of("GET", "/readings", this::readings));
        routes.add(Route.of("GET", "/snmp-targets", r -> PageView.of(power().targets().list(new TargetFilter(r.queryLong("site"),
                r.queryLong("cabinet"), r.queryEnum("role", TargetRole.class), null, r.query("q")), r.page("name")),
                Function.identity())));
        routes.add(Route.of("GET", "/snmp-targets/{id}", r -> power().targets().find(r.pathId("id"))));
        routes.add(Route.of("POST", "/snmp-targets", this::createTarget));
        routes.add(Route.of("PATCH", "/snmp-targets/{id}", this::editTarget));
        routes.add(Route.of("DELETE", "/snmp-targets/{id}", this::deleteTarget));
        routes.add(Route.of("GET", "/snmp-targets/{id}/status", r -> {
            power().targets().find(r.pathId("id"));
            return power().statuses().find(r.pathId("id")).map(s -> (Object) s)
                    .orElse(Map.of("targetId", r.pathId("id"), "outcome", "NOT_POLLED_YET"));
        }));
        routes.add(Route.of("GET", "/alarms", r -> PageView.of(power().alarms().list(new AlarmFilter(
                r.queryEnum("state", AlarmState.class), r.queryLong("site"), r.queryLong("room"), r.queryLong("cabinet"),
                r.queryLong("target"), r.queryEnum("kind", AlarmKind.class), null), r.page("raised")), Function.identity())));
        routes.add(Route.of("POST", "/alarms/{id}/ack", r -> {
            r.require(Permission.ALARM_ACKNOWLEDGE);
            Acknowledgement ack = r.body(Acknowledgement.class);
            return power().alarms().acknowledge(r.pathId("id"), ApiRequest.required("version", ack.version()), ack.comment());
        }));
    }

    private PowerModule power() {
        return services.power();
    }

    /** {@code target}, {@code metric}, {@code from}/{@code to} (ISO instants, default the last 24 h), {@code step} (seconds). */
    private Object readings(ApiRequest r) {
        Long target = r.queryLong("target");
        String metric = r.query("metric");
        if (target == null) {
            throw ApiException.badRequest("target", "is required");
        }
        if (metric == null) {
            throw ApiException.badRequest("metric", "is required, e.g. pdu.power.w");
        }
        Instant to = instant(r, "to", Instant.now());
        Instant from = instant(r, "from", to.minus(DEFAULT_SPAN));
        Long step = r.queryLong("step");
        return power().readings().series(target, metric, from, to, Duration.ofSeconds(step == null ? 300 : step));
    }

    private static Instant instant(ApiRequest r, String field, Instant fallback) {
        String value = r.query(field);
        try {
            return value == null ? fallback : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not an instant; use e.g. 2026-11-23T08:00:00Z");
        }
    }

    /** {@code POST /alarms/{id}/ack}. */
    record Acknowledgement(Integer version, @MultiLine String comment) {
    }

    /**
     * {@code POST /snmp-targets} and {@code PATCH /snmp-targets/{id}} (the whole target, with the
     * version read): v1/v2c take {@code community}, v3 {@code user} and its protocols and passphrases.
     */
    record TargetBody(Integer version, String name, String host, Integer port, SnmpVersion snmpVersion, String community,
            String user, AuthProtocol authProtocol, String authPassphrase, PrivProtocol privProtocol,
            String privPassphrase, String contextName, String profileId, Integer intervalSeconds, Integer timeoutMs,
            Integer retries, Boolean enabled, Long siteId, Long roomId, Long cabinetId, TargetRole role, Feed feed,
            Integer breakerRatingA) {
    }

    private Object createTarget(ApiRequest r) {
        r.require(Permission.POWER_CONFIGURE);
        return new Route.Response(201, power().targets().create(spec(r, r.body(TargetBody.class))));
    }

    private Object editTarget(ApiRequest r) {
        r.require(Permission.POWER_CONFIGURE);
        TargetBody body = r.body(TargetBody.class);
        return power().targets().edit(r.pathId("id"), ApiRequest.required("version", body.version()), spec(r, body));
    }

    private Object deleteTarget(ApiRequest r) {
        r.require(Permission.POWER_CONFIGURE);
        Integer version = r.queryInt("version");
        if (version == null) {
            throw ApiException.badRequest("version", "is required (?version=N)");
        }
        power().targets().delete(r.pathId("id"), version);
        return new Route.Response(204, null);
    }

    /** The whole target as sent; credentials only when given (on edit, absent keeps the stored ones). */
    private static TargetSpec spec(ApiRequest r, TargetBody b) {
        TargetCredentials credentials = null;
        if (r.has("community")) {
            credentials = TargetCredentials.community(b.community());
        } else if (r.has("user")) {
            credentials = TargetCredentials.usm(b.user(), b.authProtocol(), b.authPassphrase(), b.privProtocol(),
                    b.privPassphrase(), b.contextName());
        }
        return new TargetSpec(b.name(), b.host(), b.port(), b.snmpVersion(), credentials, b.profileId(),
                b.intervalSeconds(), b.timeoutMs(), b.retries(), b.enabled() == null || b.enabled(), b.siteId(),
                b.roomId(), b.cabinetId(), b.role(), b.feed(), b.breakerRatingA());
    }
}
