package io.dcim.forecasting.capacity;

import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.MethodChoice;
import io.dcim.forecasting.demand.DemandForecast;
import io.dcim.forecasting.demand.DemandMonth;
import io.dcim.forecasting.demand.DemandOutlook;
import io.dcim.forecasting.history.Resource;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.site.Site;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Per site and resource: capacity over time (installed + ordered-but-not-received + outsourced contracts by
 * term − retirements at end of life) against demand (organic forecast + pipeline), the exhaustion date at the
 * headroom target, and a purchase recommendation for each month a new shortfall appears.
 */
public final class CapacityPlanner {

    private final Clock clock;
    private final DemandForecast demand;
    private final CatalogService catalog;
    private final CapacitySources sources;
    private final CostModel costs = new CostModel();

    public CapacityPlanner(Database db, Clock clock, DemandForecast demand) {
        this.clock = clock;
        this.demand = demand;
        this.catalog = new CatalogService(db);
        this.sources = new CapacitySources(db, clock);
    }

    /** The plan under {@link PlanAssumptions#defaults()}. */
    public CapacityPlan plan(long siteId, Resource resource) {
        return plan(siteId, resource, PlanAssumptions.defaults());
    }

    /** The plan with the organic forecast's method chosen by backtest. */
    public CapacityPlan plan(long siteId, Resource resource, PlanAssumptions a) {
        return plan(siteId, resource, a, MethodChoice.AUTO);
    }

    /** The plan with the organic forecast made by {@code method} (the user's override of the backtest's choice). */
    public CapacityPlan plan(long siteId, Resource resource, PlanAssumptions a, MethodChoice method) {
        Site site = sources.site(siteId);
        LocalDate today = LocalDate.now(clock);
        int n = a.horizonMonths();
        DemandOutlook outlook = demand.outlook(siteId, resource, n, method);
        YearMonth first = outlook.months().get(0).month();
        List<Message> notes = new ArrayList<>(outlook.notes());
        long installed = sources.installed(siteId, resource);
        boolean gpu = resource == Resource.GPU;
        long[] onOrder = gpu ? sources.onOrderGpus(siteId, first, n) : new long[n];
        long[] outsourced = gpu && a.countOutsourced() ? sources.outsourcedGpus(first, n) : new long[n];
        long[] retired = gpu ? sources.retiringGpus(siteId, first, n) : new long[n];

        Walk walk = new Walk(resource, a, today, site, new CabinetFit(sources.freeCabinetWatts(siteId), a.cabinetContractedW()),
                gpu ? ServerChoice.resolve(catalog, sources, a, notes) : null);
        List<CapacityMonth> months = new ArrayList<>(n);
        LocalDate exhaustion = null;
        for (int i = 0; i < n; i++) {
            DemandMonth m = outlook.months().get(i);
            long capacity = installed + onOrder[i] + outsourced[i] - retired[i];
            double usable = capacity * (1 - a.headroom());
            double need = demand(m, m.organic(), outlook.lastObserved(), a);
            if (exhaustion == null && need > usable + 1e-9) {
                exhaustion = m.month().atDay(1);
            }
            walk.cover(m.month(), capacity, need);
            months.add(new CapacityMonth(m.month(), installed, onOrder[i], outsourced[i], retired[i], capacity, usable, need,
                    demand(m, m.organicLow80(), outlook.lastObserved(), a), demand(m, m.organicHigh80(), outlook.lastObserved(), a),
                    walk.added()));
        }
        return new CapacityPlan(siteId, resource, today, a, months, exhaustion, walk.recommendations(), outlook.method(), notes,
                outlook.series());
    }

    /** Organic use with its change from today scaled by the growth factor, plus the pipeline. */
    private static double demand(DemandMonth m, double organic, double last, PlanAssumptions a) {
        double scaled = Math.max(0, last + (organic - last) * a.growthFactor());
        return scaled + (m.total(a.pipeline()) - m.organic());
    }

    /** Walks the months adding just enough capacity, in whole servers or cabinets, where demand outgrows it. */
    private final class Walk {

        private final long siteId;
        private final Resource resource;
        private final PlanAssumptions a;
        private final LocalDate today;
        private final CostModel.Facility facility;
        private final CabinetFit fit;
        private final ServerChoice server;
        private final List<Recommendation> out = new ArrayList<>();
        private long added;

        Walk(Resource resource, PlanAssumptions a, LocalDate today, Site site, CabinetFit fit, ServerChoice server) {
            this.siteId = site.getId();
            this.resource = resource;
            this.a = a;
            this.today = today;
            this.facility = new CostModel.Facility(a.pue() != null ? a.pue() : site.getDesignPue(),
                    a.electricityPriceKwh() != null ? a.electricityPriceKwh() : site.getElectricityPricePerKwh());
            this.fit = fit;
            this.server = server;
        }

        void cover(YearMonth month, long capacity, double demand) {
            long have = capacity + added;
            if (demand <= have * (1 - a.headroom()) + 1e-9) {
                return;
            }
            long missing = (long) Math.ceil(demand / (1 - a.headroom()) - have - 1e-9);
            out.add(server != null ? servers(month, missing) : cabinets(month, missing));
        }

        private Recommendation servers(YearMonth month, long missingGpus) {
            int count = (int) ((missingGpus + server.gpuSlots() - 1) / server.gpuSlots());
            long gpus = (long) count * server.gpuSlots();
            added += gpus;
            CabinetFit.Placement placement = fit.place(count, server.ratedW());
            LocalDate need = month.atDay(1);
            int lead = placement.toLease() > 0 ? Math.max(server.leadTimeDays(), a.cabinetLeadTimeDays()) : server.leadTimeDays();
            LocalDate orderBy = need.minusDays(lead);
            Costs c = costs.servers(count, (int) gpus, server.unitPrice(), server.typicalW(), placement.toLease(), need,
                    facility, a);
            return new Recommendation(siteId, Recommendation.Kind.SERVERS, resource, need, orderBy, orderBy.isBefore(today), lead,
                    server.supplierId(), server.modelId(), server.modelName(), count, server.unitPrice(), gpus,
                    placement.fromFree(), placement.toLease(), c);
        }

        private Recommendation cabinets(YearMonth month, long missing) {
            long perCabinet = switch (resource) {
                case POWER -> a.cabinetContractedW();
                case U -> Cabinet.DEFAULT_HEIGHT_U;
                default -> 1;
            };
            int count = (int) ((missing + perCabinet - 1) / perCabinet);
            added += count * perCabinet;
            LocalDate need = month.atDay(1);
            LocalDate orderBy = need.minusDays(a.cabinetLeadTimeDays());
            return new Recommendation(siteId, Recommendation.Kind.CABINETS, resource, need, orderBy, orderBy.isBefore(today),
                    a.cabinetLeadTimeDays(), null, null, null, 0, null, count * perCabinet, 0, count,
                    costs.cabinetsOnly(count, a));
        }

        long added() {
            return added;
        }

        List<Recommendation> recommendations() {
            return out;
        }
    }
}
