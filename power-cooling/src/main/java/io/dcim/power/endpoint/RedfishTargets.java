package io.dcim.power.endpoint;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.site.Site;
import io.dcim.power.collect.Protocol;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/**
 * Registers, edits and lists servers' BMCs as Redfish endpoints, beside the SNMP agents of {@link TargetService}
 * (same table, same sweep, same poll statuses and readings). Every rule names the field it refuses; the password
 * is sealed like SNMP secrets and never shown. An endpoint belongs to one device in a cabinet (one BMC per
 * server), whose site and cabinet it takes.
 */
public final class RedfishTargets {

    public static final int DEFAULT_TIMEOUT_MS = 3_000;
    public static final int HTTPS_PORT = 443;
    public static final int HTTP_PORT = 80;
    private static final int MAX_USER = 64;
    private static final int MAX_ID = 64;
    /** A Redfish resource id goes into a URL path: letters, digits, '.', '_', '-' only (Dell: System.Embedded.1). */
    private static final Pattern RESOURCE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SortColumns SORT = new SortColumns("name", "t.id", Map.of(
            "name", "t.name",
            "host", "t.host",
            "device", "t.deviceId",
            "enabled", "t.enabled"));

    private final Database db;
    private final CredentialSealer sealer;

    public RedfishTargets(Database db, TargetService targets) {
        this.db = db;
        this.sealer = targets.sealer();
    }

    public RedfishTargetView create(RedfishTargetSpec spec) {
        return db.inTransaction(session -> {
            SnmpTarget target = new SnmpTarget(null);
            if (spec.password() == null) {
                throw new InvalidValueException("password", Message.of("power.credentials.requiredFor", "Redfish"));
            }
            apply(session, target, spec, sealer.sealRedfishPassword(spec.password()));
            session.persist(target);
            session.flush();
            return RedfishTargetView.of(target);
        });
    }

    /** Changes an endpoint read at {@code expectedVersion}; a null password keeps the stored one. */
    public RedfishTargetView edit(long id, int expectedVersion, RedfishTargetSpec spec) {
        return db.inTransaction(session -> {
            SnmpTarget target = TargetService.load(session, id);
            TargetService.checkVersion(target, expectedVersion);
            TargetService.checkProtocol(target, Protocol.REDFISH);
            String ciphertext = spec.password() == null ? target.credentialsCiphertext()
                    : sealer.sealRedfishPassword(spec.password());
            apply(session, target, spec, ciphertext);
            session.flush();
            return RedfishTargetView.of(target);
        });
    }

    public RedfishTargetView find(long id) {
        return db.read(session -> {
            SnmpTarget target = TargetService.load(session, id);
            TargetService.checkProtocol(target, Protocol.REDFISH);
            return RedfishTargetView.of(target);
        });
    }

    /** The endpoint of a device's BMC, if it has one. */
    public Optional<RedfishTargetView> ofDevice(long deviceId) {
        return db.read(session -> session.createQuery("from SnmpTarget t where t.protocol = :redfish"
                        + " and t.deviceId = :device", SnmpTarget.class)
                .setParameter("redfish", Protocol.REDFISH).setParameter("device", deviceId)
                .getResultStream().findFirst().map(RedfishTargetView::of));
    }

    /** Every Redfish endpoint of a site, by the device it reports on (the demo's registration). */
    public Map<Long, RedfishTargetView> bySiteDevice(long siteId) {
        return db.read(session -> {
            Map<Long, RedfishTargetView> byDevice = new java.util.HashMap<>();
            session.createQuery("from SnmpTarget t where t.protocol = :redfish and t.site.id = :site"
                            + " and t.deviceId is not null", SnmpTarget.class)
                    .setParameter("redfish", Protocol.REDFISH).setParameter("site", siteId).getResultList()
                    .forEach(t -> byDevice.put(t.getDeviceId(), RedfishTargetView.of(t)));
            return byDevice;
        });
    }

    /** Redfish endpoints, by site and device when given (null: any). */
    public Page<RedfishTargetView> list(Long siteId, Long deviceId, PageRequest request) {
        return db.read(session -> new PagedQuery<>(RedfishTargetView.class,
                "select new io.dcim.power.endpoint.RedfishTargetView(t.id, t.version, t.name, t.host, t.port,"
                        + " coalesce(t.tls, true), t.trustSelfSigned, t.redfishUser, t.systemId, t.chassisId,"
                        + " t.intervalSeconds, t.timeoutMs, t.retries, t.enabled, t.deviceId, t.site.id,"
                        + " t.cabinet.id, t.createdAt, t.updatedAt)",
                "from SnmpTarget t", "t.id", SORT)
                .where("t.protocol = :protocol", "protocol", Protocol.REDFISH)
                .where("t.site.id = :site", "site", siteId)
                .where("t.deviceId = :device", "device", deviceId)
                .fetch(session, request));
    }

    /**
     * Points Redfish endpoints at another service in one statement (a simulator that restarted on another port
     * or switched between HTTP and HTTPS), keeping everything else; each endpoint's version goes up.
     */
    public int repoint(java.util.Collection<Long> ids, String host, int port, boolean tls, boolean trustSelfSigned) {
        if (ids.isEmpty()) {
            return 0;
        }
        String checkedHost = Hosts.checkResolvable(host);
        int checkedPort = TargetService.between("port", port, 1, 65_535, "");
        return db.inTransaction(session -> session.createMutationQuery("update SnmpTarget t set t.host = :host,"
                        + " t.port = :port, t.tls = :tls, t.trustSelfSigned = :trust, t.version = t.version + 1,"
                        + " t.updatedAt = :now where t.id in (:ids) and t.protocol = :redfish")
                .setParameter("host", checkedHost).setParameter("port", checkedPort).setParameter("tls", tls)
                .setParameter("trust", trustSelfSigned).setParameter("now", java.time.Instant.now())
                .setParameter("redfish", Protocol.REDFISH).setParameterList("ids", ids).executeUpdate());
    }

    private void apply(Session session, SnmpTarget target, RedfishTargetSpec spec, String ciphertext) {
        String name = required("name", spec.name(), 120);
        TargetService.checkNameFree(session, name, target.getId());
        int interval = TargetService.between("intervalSeconds", orDefault(spec.intervalSeconds(),
                SnmpTarget.DEFAULT_INTERVAL_S), TargetService.MIN_INTERVAL_S, TargetService.MAX_INTERVAL_S, " s");
        int timeout = TargetService.between("timeoutMs", orDefault(spec.timeoutMs(), DEFAULT_TIMEOUT_MS),
                TargetService.MIN_TIMEOUT_MS, TargetService.MAX_TIMEOUT_MS, " ms");
        int retries = TargetService.between("retries", orDefault(spec.retries(), SnmpTarget.DEFAULT_RETRIES), 0,
                TargetService.MAX_RETRIES, "");
        long worstCaseMs = (long) timeout * (retries + 1);
        if (worstCaseMs >= interval * 1_000L) {
            throw new InvalidValueException("timeoutMs", Message.of("power.target.pollTooLong", retries, worstCaseMs,
                    interval));
        }
        boolean tls = spec.tls() == null || spec.tls();
        String user = required("user", spec.user(), MAX_USER);
        String systemId = resourceId("systemId", spec.systemId());
        String chassisId = resourceId("chassisId", spec.chassisId());
        if (spec.deviceId() == null) {
            throw new InvalidValueException("deviceId", Message.of("common.field.required"));
        }
        Lookup.referenced(session, Device.class, spec.deviceId(), "deviceId", "device");
        DeviceDirectory.Powered device = DeviceDirectory.powered(session, List.of(spec.deviceId())).get(spec.deviceId());
        if (device == null) {
            throw new InvalidValueException("deviceId", Message.of("power.redfish.deviceNotInCabinet", spec.deviceId()));
        }
        Long clash = session.createQuery("select t.id from SnmpTarget t where t.protocol = :redfish"
                        + " and t.deviceId = :device and t.id <> :self", Long.class)
                .setParameter("redfish", Protocol.REDFISH).setParameter("device", spec.deviceId())
                .setParameter("self", target.getId() == null ? -1L : target.getId())
                .getResultStream().findFirst().orElse(null);
        if (clash != null) {
            throw new ConflictException("deviceId", Message.of("power.redfish.deviceHasEndpoint", device.label(), clash));
        }
        target.setName(name);
        target.setEndpoint(Hosts.checkResolvable(spec.host()), TargetService.between("port",
                orDefault(spec.port(), tls ? HTTPS_PORT : HTTP_PORT), 1, 65_535, ""));
        target.setPolling(null, interval, timeout, retries, spec.enabled());
        Cabinet cabinet = session.find(Cabinet.class, device.cabinetId());
        target.setPlace(session.getReference(Site.class, device.siteId()), cabinet.getRoom(), cabinet);
        target.setPower(TargetRole.SERVER, null, null);
        target.setRedfish(user, ciphertext, tls, spec.trustSelfSigned(), systemId, chassisId, spec.deviceId());
    }

    private static String resourceId(String field, String value) {
        String id = optional(field, value, MAX_ID);
        if (id != null && !RESOURCE_ID.matcher(id).matches()) {
            throw new InvalidValueException(field, Message.of("power.redfish.resourceId", id));
        }
        return id;
    }

    private static int orDefault(Integer value, int defaultValue) {
        return value == null ? defaultValue : value;
    }
}
