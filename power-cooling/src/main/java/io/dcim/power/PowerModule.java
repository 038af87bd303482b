package io.dcim.power;

import io.dcim.common.persistence.Database;
import io.dcim.power.alarm.AlarmFacade;
import io.dcim.power.alarm.AlarmNotifier;
import io.dcim.power.alarm.AlarmService;
import io.dcim.power.alarm.LogAlarmNotifier;
import io.dcim.power.alarm.ThresholdDefaults;
import io.dcim.power.alarm.ThresholdFacade;
import io.dcim.power.alarm.ThresholdService;
import io.dcim.power.collect.Collectors;
import io.dcim.power.endpoint.EndpointFacade;
import io.dcim.power.endpoint.RedfishTargets;
import io.dcim.power.redfish.RedfishCollector;
import io.dcim.power.redfish.RedfishConfig;
import io.dcim.power.endpoint.TargetService;
import io.dcim.power.load.LoadService;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.load.PowerTrends;
import io.dcim.power.polling.Housekeeping;
import io.dcim.power.polling.PollingService;
import io.dcim.power.polling.PollingSettings;
import io.dcim.power.polling.PowerServices;
import io.dcim.power.profile.AdminProfiles;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.profile.ProfileFacade;
import io.dcim.power.reading.PollStatusStore;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.RetentionPolicy;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.snmp.PollerConfig;
import io.dcim.power.snmp.SnmpCollector;
import io.dcim.power.snmp.SnmpPoller;
import java.time.Clock;
import java.util.Objects;

/**
 * The power module's services, built together for a composition root: the collectors, one per protocol (the
 * SNMP poller's UDP socket opens here; {@link #close()} closes it), the stores, targets, polling, derived
 * figures, thresholds and alarms, the façades both doors change them through (alarms, thresholds, endpoints,
 * profiles: each use case checks the caller's permission), and the {@link PowerServices} the scheduled jobs
 * need ({@code PowerScheduling.register(scheduler, module.services())}).
 */
public final class PowerModule implements AutoCloseable {

    /** What can be configured; {@link #defaults(CredentialCipher)} for everything but the credential key. */
    public record Config(CredentialCipher cipher, ProfileCatalog profiles, PollerConfig poller, PollingSettings polling,
                         RetentionPolicy retention, LoadSettings load, ThresholdDefaults thresholds,
                         AlarmNotifier notifier, io.dcim.power.webhook.DeliveryPolicy webhooks, RedfishConfig redfish) {

        public Config {
            Objects.requireNonNull(redfish, "redfish");
            Objects.requireNonNull(cipher, "cipher");
            Objects.requireNonNull(profiles, "profiles");
            Objects.requireNonNull(poller, "poller");
            Objects.requireNonNull(polling, "polling");
            Objects.requireNonNull(retention, "retention");
            Objects.requireNonNull(load, "load");
            Objects.requireNonNull(thresholds, "thresholds");
            Objects.requireNonNull(notifier, "notifier");
            Objects.requireNonNull(webhooks, "webhooks");
        }

        public static Config defaults(CredentialCipher cipher) {
            return new Config(cipher, ProfileCatalog.builtIn(), PollerConfig.defaults(), PollingSettings.DEFAULT,
                    RetentionPolicy.DEFAULT, LoadSettings.DEFAULT, ThresholdDefaults.SHIPPED, new LogAlarmNotifier(),
                    io.dcim.power.webhook.DeliveryPolicy.DEFAULT, RedfishConfig.defaults());
        }

        public Config withProfiles(ProfileCatalog catalog) {
            return new Config(cipher, catalog, poller, polling, retention, load, thresholds, notifier, webhooks, redfish);
        }

        public Config withPoller(PollerConfig config) {
            return new Config(cipher, profiles, config, polling, retention, load, thresholds, notifier, webhooks, redfish);
        }

        public Config withRetention(RetentionPolicy policy) {
            return new Config(cipher, profiles, poller, polling, policy, load, thresholds, notifier, webhooks, redfish);
        }

        public Config withWebhooks(io.dcim.power.webhook.DeliveryPolicy policy) {
            return new Config(cipher, profiles, poller, polling, retention, load, thresholds, notifier, policy, redfish);
        }

        /** The Redfish collector's settings (requests in flight). */
        public Config withRedfish(RedfishConfig settings) {
            return new Config(cipher, profiles, poller, polling, retention, load, thresholds, notifier, webhooks, settings);
        }

        public Config withNotifier(AlarmNotifier alarmNotifier) {
            return new Config(cipher, profiles, poller, polling, retention, load, thresholds, alarmNotifier, webhooks, redfish);
        }
    }

    private final ProfileCatalog profiles;
    private final AdminProfiles adminProfiles;
    private final SnmpPoller poller;
    private final io.dcim.power.lldp.LldpSources lldpSources = new io.dcim.power.lldp.LldpSources();
    private final io.dcim.power.lldp.LldpCheck lldpCheck;
    private final Collectors collectors;
    private final ReadingStore readings;
    private final PollStatusStore statuses;
    private final TargetService targets;
    private final RedfishTargets redfishTargets;
    private final RedfishCollector redfishCollector;
    private final io.dcim.power.server.ServerPowerService serverPower;
    private final PollingService polling;
    private final io.dcim.power.polling.PollLeases leases;
    private final io.dcim.power.polling.PollingNodesFacade pollingNodes;
    private final java.time.Clock clock;
    private volatile io.dcim.power.polling.NodeSweeps sweeps;
    private final Housekeeping housekeeping;
    private final LoadService loads;
    private final PowerTrends trends;
    private final ThresholdService thresholds;
    private final AlarmService alarms;
    private final PowerServices services;
    private final AlarmFacade alarmFacade;
    private final ThresholdFacade thresholdFacade;
    private final EndpointFacade endpointFacade;
    private final io.dcim.power.polling.PollFacade pollFacade;
    private final ProfileFacade profileFacade;
    private final io.dcim.power.chain.ChainFacade chainFacade;
    private final io.dcim.power.energy.EnergyQueries energyQueries;
    private final io.dcim.power.webhook.WebhookSender webhookSender;
    private final io.dcim.power.webhook.WebhookFacade webhookFacade;
    private final io.dcim.power.energy.EnergyFacade energyFacade;
    private final io.dcim.power.remote.CollectorFacade collectorFacade;

    private PowerModule(Database db, Clock clock, Config config) {
        this.profiles = config.profiles();
        this.adminProfiles = new AdminProfiles(db, profiles, clock);
        adminProfiles.registerStored();
        this.clock = clock;
        this.readings = new ReadingStore(db, clock);
        this.statuses = new PollStatusStore(db);
        this.targets = new TargetService(db, profiles, config.cipher(), readings);
        this.redfishTargets = new RedfishTargets(db, targets);
        this.loads = new LoadService(db, readings, clock, config.load());
        this.trends = new PowerTrends(db, readings, config.load());
        this.thresholds = new ThresholdService(db, config.thresholds());
        this.alarms = new AlarmService(db, loads, statuses, thresholds, config.notifier(), clock);
        this.housekeeping = new Housekeeping(readings, config.retention());
        this.poller = new SnmpPoller(config.poller());
        this.redfishCollector = new RedfishCollector(config.redfish());
        this.collectors = Collectors.of(new SnmpCollector(poller), redfishCollector);
        this.leases = new io.dcim.power.polling.PollLeases(db, io.dcim.power.polling.NodeId.generate(),
                io.dcim.power.polling.PowerScheduling.Periods.DEFAULT.sweep().multipliedBy(2), clock);
        this.pollingNodes = new io.dcim.power.polling.PollingNodesFacade(leases, clock);
        this.polling = new PollingService(targets, collectors, readings, statuses, config.polling(), leases);
        this.services = new PowerServices(polling, housekeeping, alarms, clock);
        this.alarmFacade = new AlarmFacade(alarms);
        this.thresholdFacade = new ThresholdFacade(db, thresholds);
        this.endpointFacade = new EndpointFacade(db, targets, redfishTargets);
        this.pollFacade = new io.dcim.power.polling.PollFacade(targets, polling);
        this.serverPower = new io.dcim.power.server.ServerPowerService(db, redfishTargets, readings, statuses);
        this.profileFacade = new ProfileFacade(adminProfiles);
        this.lldpCheck = new io.dcim.power.lldp.LldpCheck(db, poller, lldpSources, alarms, clock);
        this.chainFacade = new io.dcim.power.chain.ChainFacade(db, new io.dcim.power.chain.ChainLoader(db, loads));
        this.energyQueries = new io.dcim.power.energy.EnergyQueries(db, readings, config.load().fallbackDesignPue());
        this.webhookSender = new io.dcim.power.webhook.WebhookSender(config.webhooks());
        io.dcim.power.webhook.WebhookRules rules = new io.dcim.power.webhook.WebhookRules(db, config.cipher());
        this.webhookFacade = new io.dcim.power.webhook.WebhookFacade(db, rules,
                new io.dcim.power.webhook.WebhookDeliveries(db, rules, webhookSender, clock),
                new io.dcim.power.webhook.WebhookDispatcher(db, rules, webhookSender, config.webhooks(), clock));
        this.energyFacade = new io.dcim.power.energy.EnergyFacade(db, energyQueries,
                io.dcim.power.energy.EnergyTargets.NATIONAL_2025, clock);
        this.collectorFacade = new io.dcim.power.remote.CollectorFacade(db, new io.dcim.power.remote.RemoteCollectors(db,
                targets, adminProfiles, readings, statuses, clock));
    }

    public static PowerModule start(Database db, Clock clock, Config config) {
        return new PowerModule(db, clock, config);
    }

    public ProfileCatalog profiles() { return profiles; }
    public AdminProfiles adminProfiles() { return adminProfiles; }
    public SnmpPoller poller() { return poller; }
    /** The switches whose LLDP neighbour tables the cabling check reads. */
    public io.dcim.power.lldp.LldpSources lldpSources() { return lldpSources; }
    /** A site's cabling against what its switches report over LLDP. */
    public io.dcim.power.lldp.LldpCheck lldpCheck() { return lldpCheck; }
    public Collectors collectors() { return collectors; }
    public ReadingStore readings() { return readings; }
    public PollStatusStore statuses() { return statuses; }
    public TargetService targets() { return targets; }
    /** Servers' BMCs registered as Redfish endpoints (read; changes through {@link #endpointFacade()}). */
    public RedfishTargets redfishTargets() { return redfishTargets; }
    public RedfishCollector redfishCollector() { return redfishCollector; }
    /** A server's and its GPUs' latest draw, as its BMC reports it. */
    public io.dcim.power.server.ServerPowerService serverPower() { return serverPower; }
    public PollingService polling() { return polling; }
    /** This node's id among the nodes sharing the database, and the live ones with their leases. */
    public io.dcim.power.polling.PollLeases leases() { return leases; }
    /** The live polling nodes, for those who read metrics. */
    public io.dcim.power.polling.PollingNodesFacade pollingNodes() { return pollingNodes; }

    /** Starts this node's sweeps of the targets it leases, every {@code period}; {@link #close()} stops them. */
    public synchronized void startSweeps(java.time.Duration period) {
        if (sweeps == null) {
            sweeps = io.dcim.power.polling.NodeSweeps.start(polling, clock, period, adminProfiles::syncStored);
        }
    }
    public Housekeeping housekeeping() { return housekeeping; }
    public LoadService loads() { return loads; }
    public PowerTrends trends() { return trends; }
    public ThresholdService thresholds() { return thresholds; }
    public AlarmService alarms() { return alarms; }
    public PowerServices services() { return services; }
    /** Acknowledging alarms (alarm.acknowledge). */
    public AlarmFacade alarmFacade() { return alarmFacade; }
    /** Overriding and clearing alarm levels (threshold.edit). */
    public ThresholdFacade thresholdFacade() { return thresholdFacade; }
    /** Adding, changing and removing endpoints to poll (power.configure). */
    public EndpointFacade endpointFacade() { return endpointFacade; }
    /** "Poll now" for an endpoint someone just fixed ({@code power.configure}). */
    public io.dcim.power.polling.PollFacade pollFacade() { return pollFacade; }
    /** Adding and removing device profiles (power.configure). */
    public ProfileFacade profileFacade() { return profileFacade; }

    /** The power chain: recording it (power.configure), its loads, stranded power and failover answers (read). */
    public io.dcim.power.chain.ChainFacade chainFacade() { return chainFacade; }

    /** A site's IT and facility energy per month and each tenant's share: published queries, no permission. */
    public io.dcim.power.energy.EnergyQueries energyQueries() { return energyQueries; }
    /** Event rules, webhooks and their deliveries. */
    public io.dcim.power.webhook.WebhookFacade webhookFacade() { return webhookFacade; }

    /** The energy report (energy.report) and the supply contracts behind its renewable share (energy.edit). */
    public io.dcim.power.energy.EnergyFacade energyFacade() { return energyFacade; }

    /** Remote site collectors: their records and health (power.configure), their targets and pushes (collector.push). */
    public io.dcim.power.remote.CollectorFacade collectorFacade() { return collectorFacade; }

    /** Closes the collectors' sockets; sweeps still running end with their polls aborted. */
    @Override
    public void close() {
        if (sweeps != null) {
            sweeps.close();
        }
        collectors.close();
        webhookSender.close();
    }
}
