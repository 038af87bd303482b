package io.dcim.app;

import io.dcim.app.transfer.ImportJobs;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.LoadSource;
import io.dcim.identity.user.UserService;
import io.dcim.inventory.cabinet.CabinetQueries;
import io.dcim.inventory.cabinet.CabinetService;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.device.DeviceQueries;
import io.dcim.inventory.device.DeviceService;
import io.dcim.inventory.gpu.GpuQueries;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.history.HistoryService;
import io.dcim.inventory.search.InventorySearch;
import io.dcim.inventory.reservation.ReservationService;
import io.dcim.inventory.site.SiteService;
import io.dcim.inventory.site.SiteTotalsQuery;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.inventory.transfer.DeviceExport;
import io.dcim.inventory.transfer.DeviceImport;
import io.dcim.power.PowerModule;
import io.dcim.power.chain.ChainHistory;
import io.dcim.procurement.approval.ApprovalPolicy;
import io.dcim.procurement.asset.VatPolicy;
import java.time.Clock;

/**
 * The composition root: every service of the application, built once from the database.
 * Not final: the console holds a lazy, serializable proxy of it in its components (see the console's
 * ServicesInjector); nothing else subclasses it.
 */
public class Services {

    private final Database database;
    private final SiteService sites;
    private final SiteTotalsQuery siteTotals;
    private final CabinetService cabinets;
    private final CabinetQueries cabinetQueries;
    private final CatalogService catalog;
    private final DeviceService devices;
    private final io.dcim.inventory.device.DeviceFacade deviceFacade;
    private final io.dcim.inventory.gpu.GpuFacade gpuFacade;
    private final io.dcim.inventory.reservation.ReservationFacade reservationFacade;
    private final DeviceQueries deviceQueries;
    private final GpuService gpus;
    private final GpuQueries gpuQueries;
    private final TenantService tenants;
    private final UserService users;
    private final HistoryService history;
    private final InventorySearch search;
    private final DeviceImport deviceImport;
    private final DeviceExport deviceExport;
    private final io.dcim.inventory.transfer.DeviceImportFacade deviceImportFacade;
    private final ImportJobs importJobs;
    private final ReservationService reservations;
    private final ProcurementServices procurement;
    private final ForecastingServices forecasting;
    private final EconomicsServices economics;
    private final CablingServices cabling;
    private final UsageServices usage;
    private final io.dcim.app.export.ExportJobs exportJobs;
    private volatile PowerModule power;
    private final io.dcim.power.alarm.ThresholdService defaultThresholds;

    /** bcrypt's work factor for new passwords: 12 in production, lower only in tests. */
    public static final int BCRYPT_COST = 12;

    public Services(Database database, Clock clock) {
        this(database, clock, BCRYPT_COST);
    }

    public Services(Database database, Clock clock, int bcryptCost) {
        this.database = database;
        this.users = new UserService(database, clock, bcryptCost);
        this.history = new HistoryService(database, ChainHistory.kinds());
        this.search = new InventorySearch(database);
        this.sites = new SiteService(database);
        this.siteTotals = new SiteTotalsQuery(database);
        this.cabinets = new CabinetService(database);
        this.cabinetQueries = new CabinetQueries(database);
        this.catalog = new CatalogService(database);
        this.devices = new DeviceService(database, clock);
        this.deviceQueries = new DeviceQueries(database);
        this.gpus = new GpuService(database);
        this.gpuQueries = new GpuQueries(database);
        this.tenants = new TenantService(database);
        this.deviceImport = new DeviceImport(database, devices, gpus);
        this.deviceExport = new DeviceExport(database, deviceQueries);
        this.deviceImportFacade = new io.dcim.inventory.transfer.DeviceImportFacade(deviceImport);
        this.usage = UsageServices.build(database);
        this.reservations = new ReservationService(database, clock);
        this.defaultThresholds = new io.dcim.power.alarm.ThresholdService(database, io.dcim.power.alarm.ThresholdDefaults.SHIPPED);
        this.deviceFacade = new io.dcim.inventory.device.DeviceFacade(database, devices);
        this.gpuFacade = new io.dcim.inventory.gpu.GpuFacade(database, gpus);
        this.reservationFacade = new io.dcim.inventory.reservation.ReservationFacade(database, reservations);
        this.procurement = ProcurementServices.build(database, clock, devices, gpus, ApprovalPolicy.DEFAULT,
                VatPolicy.DEDUCTIBLE);
        // Measured draw when power monitoring runs (it is attached after start-up), typical draw otherwise.
        this.forecasting = ForecastingServices.build(database, clock, siteId -> powerIfRunning()
                .map(running -> LoadSource.of(running.loads()).measuredItW(siteId)).orElse(java.util.OptionalLong.empty()),
                procurement.requests());
        this.exportJobs = new io.dcim.app.export.ExportJobs(database, procurement, clock);
        this.economics = EconomicsServices.build(database, clock, procurement);
        this.cabling = CablingServices.build(database);
        this.importJobs = new ImportJobs(deviceImportFacade, usage.imports(), cabling.fabric(), clock);
    }

    public Database database() { return database; }
    public SiteService sites() { return sites; }
    public SiteTotalsQuery siteTotals() { return siteTotals; }
    public CabinetService cabinets() { return cabinets; }
    public CabinetQueries cabinetQueries() { return cabinetQueries; }
    public CatalogService catalog() { return catalog; }
    public DeviceService devices() { return devices; }
    public DeviceQueries deviceQueries() { return deviceQueries; }
    public GpuService gpus() { return gpus; }
    public GpuQueries gpuQueries() { return gpuQueries; }
    public TenantService tenants() { return tenants; }
    public UserService users() { return users; }
    public HistoryService history() { return history; }
    public InventorySearch search() { return search; }
    public DeviceImport deviceImport() { return deviceImport; }
    public DeviceExport deviceExport() { return deviceExport; }
    public ImportJobs importJobs() { return importJobs; }

    public io.dcim.inventory.transfer.DeviceImportFacade deviceImportFacade() { return deviceImportFacade; }
    public ReservationService reservations() { return reservations; }
    public ProcurementServices procurement() { return procurement; }
    public ForecastingServices forecasting() { return forecasting; }
    /** Prices, a site's economics and tenants' statements. */
    public EconomicsServices economics() { return economics; }
    /** Ports, cables, traces, the cable import and fabric plans: what pages and the API call. */
    public CablingServices cabling() { return cabling; }
    /** Usage: Slurm imports and their mappings, whole-server rentals, utilization of card-hours used. */
    public UsageServices usage() { return usage; }
    public io.dcim.app.export.ExportJobs exportJobs() { return exportJobs; }

    /** Power and cooling, once the server has started it (the page tests run without SNMP). */
    public PowerModule power() {
        PowerModule running = power;
        if (running == null) {
            throw new io.dcim.common.error.ConflictException(null, "power monitoring is not running in this instance");
        }
        return running;
    }

    /** The alarm levels (defaults and overrides): the running power module's, else the shipped defaults. */
    public io.dcim.power.alarm.ThresholdService thresholds() {
        return powerIfRunning().map(PowerModule::thresholds).orElse(defaultThresholds);
    }

    /**
     * An InfiniBand fabric's ibnetdiscover output compared with the recorded cabling and kept as the site's last
     * check, for both doors: with the cabling alarms where power monitoring runs, without them where it does not.
     */
    public io.dcim.inventory.cable.CablingReport recordIbNetDiscover(io.dcim.common.access.Caller caller, long siteId,
            String text, io.dcim.inventory.cable.IbNetDiscover.Naming naming) {
        return powerIfRunning().map(p -> p.lldpCheck().recordIbNetDiscover(caller, siteId, text, naming))
                .orElseGet(() -> cabling.checks().recordIbNetDiscover(caller, siteId, text, naming));
    }

    public java.util.Optional<PowerModule> powerIfRunning() {
        return java.util.Optional.ofNullable(power);
    }

    public void attachPower(PowerModule module) {
        this.power = module;
    }

    /** Device use cases: what pages and the API call to change devices. */
    public io.dcim.inventory.device.DeviceFacade deviceFacade() {
        return deviceFacade;
    }

    /** GPU use cases. */
    public io.dcim.inventory.gpu.GpuFacade gpuFacade() {
        return gpuFacade;
    }

    /** Reservation use cases. */
    public io.dcim.inventory.reservation.ReservationFacade reservationFacade() {
        return reservationFacade;
    }

    /** Site, room and row use cases (site.manage). */
    public io.dcim.inventory.site.SiteFacade siteFacade() {
        return new io.dcim.inventory.site.SiteFacade(database, sites);
    }

    /** Cabinet use cases: registering, editing and deleting cabinets (site.manage). */
    public io.dcim.inventory.cabinet.CabinetFacade cabinetFacade() {
        return new io.dcim.inventory.cabinet.CabinetFacade(database, cabinets);
    }

    /** Catalog use cases: device and GPU models (catalog.manage). */
    public io.dcim.inventory.catalog.CatalogFacade catalogFacade() {
        return new io.dcim.inventory.catalog.CatalogFacade(database, new io.dcim.inventory.catalog.CatalogEditor(database));
    }

    /** Tenant use cases (tenant.manage). */
    public io.dcim.inventory.tenant.TenantFacade tenantFacade() {
        return new io.dcim.inventory.tenant.TenantFacade(database, tenants);
    }

    /** The tags themselves (tag.manage); putting them on objects goes through each object's façade. */
    public io.dcim.inventory.tag.TagFacade tagFacade() {
        return new io.dcim.inventory.tag.TagFacade(database, new io.dcim.inventory.tag.TagService(database));
    }

    /** Custom field definitions per kind of object (field.manage). */
    public io.dcim.inventory.field.CustomFieldFacade customFieldFacade() {
        return new io.dcim.inventory.field.CustomFieldFacade(database, new io.dcim.inventory.field.CustomFieldService(database));
    }

    /** Objects' tags and custom field values as pages, answers and exports show them. */
    public io.dcim.inventory.label.Labelling labelling() {
        return new io.dcim.inventory.label.Labelling(database);
    }

    /** User administration use cases (user.manage). */
    public io.dcim.identity.user.UserAdministration userAdministration() {
        return new io.dcim.identity.user.UserAdministration(users);
    }

    /** What signed-in users change on their own account (their console language). */
    public io.dcim.identity.user.OwnAccount ownAccount() {
        return new io.dcim.identity.user.OwnAccount(users);
    }
}
