package io.dcim.procurement.asset;

import io.dcim.common.audit.Actor;
import io.dcim.common.error.ConflictException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Like;
import io.dcim.common.paging.Page;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.paging.PagedQuery;
import io.dcim.common.paging.SortColumns;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.site.SiteJoin;
import io.dcim.procurement.depreciation.AssetTerms;
import io.dcim.procurement.depreciation.DepreciationSchedule;
import io.dcim.procurement.depreciation.DisposalResult;
import io.dcim.procurement.depreciation.TermsChange;
import io.dcim.procurement.request.Cny;
import io.dcim.procurement.supplier.Supplier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;
import static io.dcim.common.text.Fields.required;

/**
 * The fixed-asset register: puts received equipment on the books, keeps its coverage, changes
 * its estimates prospectively, disposes of it, and gives any asset's depreciation schedule.
 * Sums over many assets are {@link AssetQueries}'.
 */
public final class AssetService {

    static final BigDecimal MAX_COST = new BigDecimal("99999999999999.99");
    private static final BigDecimal MAX_SUPPORT_PRICE = new BigDecimal("999999999999.99");
    private static final int MAX_SUPPORT_MONTHS = 120;
    /** The asset's site, joined for its name (inventory writes its side of the join). */
    private static final SiteJoin SITE = SiteJoin.as("st");
    private static final SortColumns SORT = new SortColumns("assetTag", "a.id", Map.of(
            "assetTag", "a.assetTagKey", "inService", "a.inServiceDate", "cost", "a.cost", "class", "a.assetClass",
            "site", SITE.name(), "warrantyEnd", "a.warrantyEnd"));
    /** "ends": the warranty end, or the support end for assets without a warranty (no comma: SortColumns splits on it). */
    private static final SortColumns EXPIRING_SORT = new SortColumns("ends", "a.id", Map.of(
            "ends", "case when a.warrantyEnd is null then a.supportEnd else a.warrantyEnd end",
            "warrantyEnd", "a.warrantyEnd", "supportEnd", "a.supportEnd", "assetTag", "a.assetTagKey"));

    private final Database db;
    private final Clock clock;
    private final VatPolicy vatPolicy;

    public AssetService(Database db, Clock clock, VatPolicy vatPolicy) {
        this.db = db;
        this.clock = clock;
        this.vatPolicy = vatPolicy;
    }

    public VatPolicy vatPolicy() {
        return vatPolicy;
    }

    /** Puts one unit on the books (joins the caller's transaction, as receiving's). */
    public FixedAsset register(NewAsset in) {
        return db.inTransaction(session -> {
            String tag = required("assetTag", in.assetTag(), 64);
            if (in.assetClass() == null) {
                throw new InvalidValueException("assetClass", Message.of("common.field.required"));
            }
            if (in.inServiceDate() == null) {
                throw new InvalidValueException("inServiceDate", Message.of("common.field.required"));
            }
            BigDecimal cost = vatPolicy.unitCost(Cny.positive("unitNetPrice", in.unitNetPrice(), MAX_COST),
                    Cny.rate("vatRate", in.vatRate()));
            AssetClass assetClass = in.assetClass();
            ClassTerms terms = AssetClassService.termsOf(session, assetClass);
            FixedAsset asset = new FixedAsset(tag, assetClass, new AssetTerms(cost, terms.residualRate(),
                    terms.usefulLifeMonths(), terms.method(), in.inServiceDate(), terms.convention()));
            checkUnique(session, tag, in.deviceId());
            asset.setDeviceId(in.deviceId());
            asset.setDescription(optional("description", in.description(), 300));
            asset.setSiteId(in.siteId());
            asset.setCostCentre(optional("costCentre", in.costCentre(), 40));
            asset.setOrderLineId(in.orderLineId());
            asset.setSupplier(Lookup.referenced(session, Supplier.class, in.supplierId(), "supplierId", "supplier"));
            asset.setWarrantyEnd(in.warrantyEnd());
            session.persist(asset);
            return asset;
        });
    }

    public FixedAsset find(long id) {
        return db.read(session -> load(session, id));
    }

    public Page<AssetSummary> page(AssetFilter filter, PageRequest page) {
        return db.read(session -> new PagedQuery<>(AssetSummary.class,
                "select new io.dcim.procurement.asset.AssetSummary(a.id, a.version, a.assetTag, a.description, a.assetClass,"
                        + " a.cost, a.inServiceDate, a.siteId, " + SITE.name() + ", a.costCentre, a.deviceId, a.warrantyEnd, a.disposedOn)",
                "from FixedAsset a" + SITE.leftOn("a.siteId"), "a.id", SORT)
                .where("a.siteId = :site", "site", filter.siteId())
                .where("a.assetClass = :class", "class", filter.assetClass())
                .where("a.costCentre = :centre", "centre", filter.costCentre())
                .where("a.assetTagKey like :tag", "tag", Like.contains(filter.tagContains()))
                .fetch(session, page));
    }

    /** The asset's monthly depreciation with its estimate changes and disposal applied. */
    public DepreciationSchedule schedule(long id) {
        return db.read(session -> {
            FixedAsset asset = load(session, id);
            return AssetSchedules.of(asset, changes(session, asset));
        });
    }

    /** The estimate changes of an asset, oldest first. */
    public List<AssetChange> changes(long id) {
        return db.read(session -> changes(session, load(session, id)));
    }

    public FixedAsset edit(long id, int expectedVersion, AssetEdit edit, String actor) {
        return Actor.as(actor, () -> db.inTransaction(session -> {
            FixedAsset asset = loadVersion(session, id, expectedVersion);
            if (edit.inServiceDate() == null) {
                throw new InvalidValueException("inServiceDate", Message.of("common.field.required"));
            }
            asset.setDescription(optional("description", edit.description(), 300));
            asset.setInServiceDate(edit.inServiceDate());
            asset.setCostCentre(optional("costCentre", edit.costCentre(), 40));
            asset.setWarrantyEnd(edit.warrantyEnd());
            if (edit.method() != null && edit.method() != asset.getMethod()) {
                YearMonth first = asset.getStartConvention().firstDepreciationMonth(edit.inServiceDate());
                if (first.isBefore(YearMonth.now(clock))) {
                    throw new InvalidValueException("method", Message.of("procurement.asset.methodFixed", asset.getAssetTag(),
                            asset.getMethod().title(), first));
                }
                asset.setMethod(edit.method());
            }
            AssetSchedules.of(asset, changes(session, asset));
            return asset;
        }));
    }

    /** Sets (or, with null, clears) the asset's support contract. */
    public FixedAsset setSupport(long id, int expectedVersion, SupportContract support, String actor) {
        return Actor.as(actor, () -> db.inTransaction(session -> {
            FixedAsset asset = loadVersion(session, id, expectedVersion);
            if (support == null) {
                asset.setSupport(null, null, null, null);
                return asset;
            }
            Supplier supplier = Lookup.referenced(session, Supplier.class, support.supplierId(), "supportSupplierId", "supplier");
            if (support.start() == null) {
                throw new InvalidValueException("supportStart", Message.of("common.field.required"));
            }
            if (support.termMonths() < 1 || support.termMonths() > MAX_SUPPORT_MONTHS) {
                throw new InvalidValueException("supportTermMonths", Message.of("procurement.asset.supportTerm", MAX_SUPPORT_MONTHS,
                        support.termMonths()));
            }
            asset.setSupport(supplier, support.start(), support.termMonths(),
                    Cny.nonNegative("supportPrice", support.price(), MAX_SUPPORT_PRICE));
            return asset;
        }));
    }

    /**
     * Changes the useful life and/or residual rate from {@code change.month()} on (CAS 28: a
     * change in estimate is prospective). Booked months stay as they were, so the month may not
     * be before the current one.
     */
    public DepreciationSchedule changeTerms(long id, int expectedVersion, TermsChange change, String reason, String actor) {
        return Actor.as(actor, () -> db.inTransaction(session -> {
            FixedAsset asset = loadVersion(session, id, expectedVersion);
            String why = required("reason", reason, 500);
            String who = required("actor", actor, 120);
            YearMonth current = YearMonth.now(clock);
            if (change.month().isBefore(current)) {
                throw new InvalidValueException("effectiveMonth", Message.of("procurement.asset.changeInPast",
                        change.month(), current));
            }
            if (asset.isDisposed()) {
                throw new ConflictException("effectiveMonth", Message.of("procurement.asset.changeAfterDisposal", asset.getAssetTag(),
                        asset.getDisposedOn()));
            }
            List<AssetChange> changes = new ArrayList<>(changes(session, asset));
            if (changes.stream().anyMatch(c -> c.getEffectiveMonth().equals(change.month()))) {
                throw new ConflictException("effectiveMonth", Message.of("procurement.asset.changeTwice", asset.getAssetTag(),
                        change.month()));
            }
            AssetChange recorded = new AssetChange(asset, change, why, who, clock.instant());
            changes.add(recorded);
            DepreciationSchedule schedule = AssetSchedules.of(asset, changes);
            session.persist(recorded);
            // The asset's own row does not change; its version still moves so that concurrent changes conflict.
            session.lock(asset, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            return schedule;
        }));
    }

    /** Takes the asset off the books: depreciated in the month it leaves, not after (CAS 4). */
    public DisposalResult dispose(long id, int expectedVersion, LocalDate disposedOn, BigDecimal proceeds, String actor) {
        return Actor.as(actor, () -> db.inTransaction(session -> {
            FixedAsset asset = loadVersion(session, id, expectedVersion);
            checkDisposal(asset, disposedOn);
            if (disposedOn.isAfter(LocalDate.now(clock))) {
                throw new InvalidValueException("disposedOn", Message.of("procurement.asset.disposalInFuture",
                        disposedOn));
            }
            asset.dispose(disposedOn, Cny.nonNegative("proceeds", proceeds, MAX_COST));
            return AssetSchedules.of(asset, changes(session, asset)).disposal().orElseThrow();
        }));
    }

    /**
     * What disposing of the asset on {@code disposedOn} for {@code proceeds} would give (its net book value
     * and the gain or loss), checked as {@link #dispose} checks it, without writing anything.
     */
    public DisposalResult previewDisposal(long id, LocalDate disposedOn, BigDecimal proceeds) {
        return db.read(session -> {
            FixedAsset asset = load(session, id);
            checkDisposal(asset, disposedOn);
            List<io.dcim.procurement.depreciation.DepreciationEvent> events = new ArrayList<>();
            changes(session, asset).forEach(c -> events.add(c.toEvent()));
            events.add(new io.dcim.procurement.depreciation.Disposal(YearMonth.from(disposedOn),
                    Cny.nonNegative("proceeds", proceeds, MAX_COST)));
            return new io.dcim.procurement.depreciation.DepreciationCalculator().schedule(asset.terms(), events)
                    .disposal().orElseThrow();
        });
    }

    /** What a disposal and its preview both refuse, naming {@code disposedOn}: a second disposal, or a day before service. */
    private static void checkDisposal(FixedAsset asset, LocalDate disposedOn) {
        if (asset.isDisposed()) {
            throw new ConflictException("disposedOn", Message.of("procurement.asset.alreadyDisposed", asset.getAssetTag(),
                    asset.getDisposedOn()));
        }
        if (disposedOn == null) {
            throw new InvalidValueException("disposedOn", Message.of("common.field.required"));
        }
        if (disposedOn.isBefore(asset.getInServiceDate())) {
            throw new InvalidValueException("disposedOn", Message.of("procurement.asset.disposedBeforeService",
                    disposedOn, asset.getInServiceDate()));
        }
    }

    /** Assets not disposed of whose warranty or support ends within {@code withinDays} days from today. */
    public Page<ExpiringCoverage> expiring(int withinDays, PageRequest page) {
        if (withinDays < 0 || withinDays > 3660) {
            throw new InvalidValueException("withinDays", Message.of("procurement.asset.withinDays", withinDays));
        }
        LocalDate today = LocalDate.now(clock);
        return db.read(session -> new PagedQuery<>(ExpiringCoverage.class,
                "select new io.dcim.procurement.asset.ExpiringCoverage(a.id, a.assetTag, a.description, a.siteId,"
                        + " a.warrantyEnd, a.supportEnd, sup.name)",
                "from FixedAsset a left join a.supportSupplier sup", "a.id", EXPIRING_SORT)
                .where("(a.disposedOn is null or a.disposedOn > :today)", "today", today)
                // :today is bound by the condition above.
                .where("((a.warrantyEnd >= :today and a.warrantyEnd <= :until)"
                        + " or (a.supportEnd >= :today and a.supportEnd <= :until))", "until", today.plusDays(withinDays))
                .fetch(session, page));
    }

    static List<AssetChange> changes(Session session, FixedAsset asset) {
        return session.createQuery("from AssetChange c where c.asset = :a order by c.effectiveMonth", AssetChange.class)
                .setParameter("a", asset).getResultList();
    }

    private static void checkUnique(Session session, String tag, long deviceId) {
        Long tags = session.createQuery("select count(a) from FixedAsset a where a.assetTagKey = :k", Long.class)
                .setParameter("k", FixedAsset.key(tag)).getSingleResult();
        if (tags > 0) {
            throw new ConflictException("assetTag", Message.of("procurement.asset.tagOnBooks", tag));
        }
        Long devices = session.createQuery("select count(a) from FixedAsset a where a.deviceId = :d", Long.class)
                .setParameter("d", deviceId).getSingleResult();
        if (devices > 0) {
            throw new ConflictException("deviceId", Message.of("procurement.asset.deviceOnBooks", deviceId));
        }
    }

    private static FixedAsset load(Session session, long id) {
        return Lookup.existing(session, FixedAsset.class, id, "fixed asset");
    }

    private static FixedAsset loadVersion(Session session, long id, int expectedVersion) {
        FixedAsset asset = load(session, id);
        Lookup.checkVersion(asset.getVersion(), expectedVersion, Message.named(FixedAsset.class, "asset", asset.getAssetTag()));
        return asset;
    }
}
