package io.dcim.forecasting.demand;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.common.persistence.VersionedStore;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.training.CardRequirement;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteJoin;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantJoin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The demand pipeline: entries per tenant with validation naming the field, a paged list, and how much
 * demand the pipeline adds at a site on a day or month by month.
 */
public final class DemandService {

    static final int MAX_DURATION_MONTHS = 120;
    static final long MAX_QUANTITY = 1_000_000_000_000L;
    static final int MAX_NOTE = 1000;
    private static final double DAYS_PER_MONTH = 365.25 / 12;
    /** The entry's tenant and site, joined for their names (inventory writes its side of the joins). */
    private static final TenantJoin TENANT = TenantJoin.as("t");
    private static final SiteJoin SITE = SiteJoin.as("s");
    private static final SortColumns SORT = new SortColumns("start", "e.id", Map.of(
            "start", "e.startDate", "tenant", TENANT.name(), "site", SITE.name(), "resource", "e.resource",
            "quantity", "e.quantity", "stage", "e.stage", "probability", "e.probability"));

    private final Database db;
    private final VersionedStore<DemandEntry> store;

    public DemandService(Database db) {
        this.db = db;
        this.store = new VersionedStore<>(db, DemandEntry.class, "demand entry", DemandEntry::getVersion,
                id -> Message.of("forecasting.demand.numbered", id));
    }

    public DemandEntry create(DemandInput input) {
        return store.create(session -> new DemandEntry(validate(session, input)));
    }

    /** @throws io.dcim.common.error.ConflictException naming {@code version} when someone saved the entry first */
    public DemandEntry edit(long id, int expectedVersion, DemandInput input) {
        return store.edit(id, expectedVersion, (session, entry) -> entry.apply(validate(session, input)));
    }

    public void delete(long id, int expectedVersion) {
        store.delete(id, expectedVersion);
    }

    public DemandEntry find(long id) {
        return store.find(id);
    }

    public Page<DemandSummary> page(DemandFilter filter, PageRequest page) {
        DemandFilter f = filter == null ? DemandFilter.all() : filter;
        return db.read(session -> new PagedQuery<>(DemandSummary.class,
                "select new io.dcim.forecasting.demand.DemandSummary(e.id, e.version, e.tenantId, " + TENANT.name() + ", e.siteId, "
                        + SITE.name() + ","
                        + " e.resource, e.quantity, e.startDate, e.durationMonths, e.stage, e.probability, e.note)",
                "from DemandEntry e" + TENANT.on("e.tenantId") + SITE.on("e.siteId"), "e.id", SORT)
                .where("e.siteId = :site", "site", f.siteId())
                .where("e.tenantId = :tenant", "tenant", f.tenantId())
                .where("e.resource = :resource", "resource", f.resource())
                .where("e.stage = :stage", "stage", f.stage())
                .fetch(session, page));
    }

    /** The pipeline's demand for {@code resource} at the site on {@code date}: entries running that day. */
    public double demandAt(long siteId, Resource resource, LocalDate date, DemandView view) {
        required("date", date);
        return entries(siteId, resource, date, date.plusDays(1)).stream()
                .filter(e -> e.overlaps(date, date.plusDays(1))).mapToDouble(e -> e.amount(view)).sum();
    }

    /**
     * The pipeline's demand in each of {@code months} months from {@code first}: an entry counts in every month
     * it needs capacity on some day of (a month it starts in is a month capacity must be there). Only entries
     * starting after {@code after} count: those that started earlier are in the utilization history already.
     */
    public double[] monthly(long siteId, Resource resource, YearMonth first, int months, DemandView view, LocalDate after) {
        required("first", first);
        if (months < 1 || months > MAX_DURATION_MONTHS * 2) {
            throw new InvalidValueException("months", Message.of("forecasting.field.upTo", MAX_DURATION_MONTHS * 2));
        }
        double[] out = new double[months];
        List<DemandEntry> entries = entries(siteId, resource, first.atDay(1), first.plusMonths(months).atDay(1));
        for (DemandEntry e : entries) {
            if (after != null && !e.getStartDate().isAfter(after)) {
                continue;
            }
            for (int i = 0; i < months; i++) {
                YearMonth m = first.plusMonths(i);
                if (e.overlaps(m.atDay(1), m.plusMonths(1).atDay(1))) {
                    out[i] += e.amount(view);
                }
            }
        }
        return out;
    }

    /**
     * Turns a training-calculator answer into a LEAD entry for the tenant: the cards from {@code start} for as
     * many whole months as the training takes.
     */
    public DemandEntry fromTraining(CardRequirement requirement, long tenantId, long siteId, LocalDate start) {
        required("requirement", requirement);
        double days = requirement.expectedTime().toSeconds() / 86_400.0;
        int months = (int) Math.max(1, Math.ceil(days / DAYS_PER_MONTH - 1e-9));
        String note = String.format("Training job from the calculator: %d cards for %.1f days", requirement.cards(), days);
        return create(DemandInput.gpus(tenantId, siteId, requirement.cards(), start, months, DemandStage.LEAD)
                .withNote(note));
    }

    private List<DemandEntry> entries(long siteId, Resource resource, LocalDate from, LocalDate to) {
        required("resource", resource);
        return db.read(session -> session.createQuery("from DemandEntry e where e.siteId = :site"
                        + " and e.resource = :resource and e.startDate < :to order by e.startDate, e.id", DemandEntry.class)
                .setParameter("site", siteId).setParameter("resource", resource).setParameter("to", to)
                .getResultList()).stream().filter(e -> e.endDate().isAfter(from)).toList();
    }

    private static DemandEntry.ValidInput validate(Session session, DemandInput in) {
        required("input", in);
        Lookup.required(session, Tenant.class, in.tenantId(), "tenantId", "tenant");
        Lookup.required(session, Site.class, in.siteId(), "siteId", "site");
        required("resource", in.resource());
        required("quantity", in.quantity());
        if (in.quantity() < 1 || in.quantity() > MAX_QUANTITY) {
            throw new InvalidValueException("quantity", Message.of("forecasting.field.between", 1, MAX_QUANTITY,
                    in.quantity()));
        }
        required("startDate", in.startDate());
        required("durationMonths", in.durationMonths());
        if (in.durationMonths() < 1 || in.durationMonths() > MAX_DURATION_MONTHS) {
            throw new InvalidValueException("durationMonths", Message.of("forecasting.demand.duration",
                    MAX_DURATION_MONTHS, in.durationMonths()));
        }
        required("stage", in.stage());
        BigDecimal probability = in.probability() == null ? in.stage().defaultProbability() : in.probability();
        if (probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0 || probability.scale() > 3) {
            throw new InvalidValueException("probability", Message.of("forecasting.demand.probability",
                    probability.toPlainString()));
        }
        String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            throw new InvalidValueException("note", Message.of("forecasting.field.atMostCharacters", MAX_NOTE));
        }
        return new DemandEntry.ValidInput(in.tenantId(), in.siteId(), in.resource(), in.quantity(), in.startDate(),
                in.durationMonths(), in.stage(), probability, note);
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
    }
}
