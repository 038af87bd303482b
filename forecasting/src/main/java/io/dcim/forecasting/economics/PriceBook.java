package io.dcim.forecasting.economics;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import io.dcim.common.persistence.Lookup;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.tenant.Tenant;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;

import static io.dcim.common.text.Fields.optional;

/**
 * The prices economics reads: list prices per GPU class, tenant contracts and prepaid packages, electricity
 * tariffs per site. Each is checked (non-negative, at most four decimals for unit prices, days in order) and
 * may not overlap another of the same class, tenant or site: on any day exactly one applies.
 */
public final class PriceBook {

    static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("100000");
    static final BigDecimal MAX_PACKAGE_PRICE = new BigDecimal("999999999999.99");
    static final long MAX_CARD_HOURS = 10_000_000_000L;
    private static final int UNIT_SCALE = 4;

    private final Database db;

    public PriceBook(Database db) {
        this.db = db;
    }

    // List prices

    public List<GpuClassPrice> prices() {
        return db.read(s -> s.createQuery("from GpuClassPrice p order by p.gpuClass, p.validity.validFrom", GpuClassPrice.class)
                .getResultList());
    }

    public GpuClassPrice createPrice(PriceInput in) {
        return db.inTransaction(s -> {
            checkPrice(s, in, null);
            GpuClassPrice price = new GpuClassPrice(in);
            s.persist(price);
            return price;
        });
    }

    public GpuClassPrice editPrice(long id, int expectedVersion, PriceInput in) {
        return db.inTransaction(s -> {
            GpuClassPrice price = current(s, GpuClassPrice.class, id, expectedVersion, "price");
            checkPrice(s, in, id);
            price.apply(in);
            return price;
        });
    }

    public void deletePrice(long id, int expectedVersion) {
        delete(GpuClassPrice.class, id, expectedVersion, "price");
    }

    // Tenant contracts

    public List<TenantContract> contracts() {
        return db.read(s -> s.createQuery("from TenantContract c order by c.tenantId, c.validity.validFrom", TenantContract.class)
                .getResultList());
    }

    public TenantContract createContract(ContractInput in) {
        return db.inTransaction(s -> {
            checkContract(s, in, null);
            TenantContract contract = new TenantContract(in);
            s.persist(contract);
            return contract;
        });
    }

    public TenantContract editContract(long id, int expectedVersion, ContractInput in) {
        return db.inTransaction(s -> {
            TenantContract contract = current(s, TenantContract.class, id, expectedVersion, "tenant contract");
            checkContract(s, in, id);
            contract.apply(in);
            return contract;
        });
    }

    public void deleteContract(long id, int expectedVersion) {
        delete(TenantContract.class, id, expectedVersion, "tenant contract");
    }

    // Prepaid packages

    public List<PrepaidPackage> packages() {
        return db.read(s -> s.createQuery("from PrepaidPackage p order by p.tenantId, p.gpuClass, p.validity.validFrom",
                PrepaidPackage.class).getResultList());
    }

    public PrepaidPackage createPackage(PackageInput in) {
        return db.inTransaction(s -> {
            checkPackage(s, in, null);
            PrepaidPackage pack = new PrepaidPackage(in);
            s.persist(pack);
            return pack;
        });
    }

    public PrepaidPackage editPackage(long id, int expectedVersion, PackageInput in) {
        return db.inTransaction(s -> {
            PrepaidPackage pack = current(s, PrepaidPackage.class, id, expectedVersion, "prepaid package");
            checkPackage(s, in, id);
            pack.apply(in);
            return pack;
        });
    }

    public void deletePackage(long id, int expectedVersion) {
        delete(PrepaidPackage.class, id, expectedVersion, "prepaid package");
    }

    // Electricity tariffs

    public List<ElectricityTariff> tariffs() {
        return db.read(s -> s.createQuery("from ElectricityTariff t order by t.siteId, t.validity.validFrom", ElectricityTariff.class)
                .getResultList());
    }

    public ElectricityTariff createTariff(TariffInput in) {
        return db.inTransaction(s -> {
            checkTariff(s, in, null);
            ElectricityTariff tariff = new ElectricityTariff(in);
            s.persist(tariff);
            return tariff;
        });
    }

    public ElectricityTariff editTariff(long id, int expectedVersion, TariffInput in) {
        return db.inTransaction(s -> {
            ElectricityTariff tariff = current(s, ElectricityTariff.class, id, expectedVersion, "electricity tariff");
            checkTariff(s, in, id);
            tariff.apply(in);
            return tariff;
        });
    }

    public void deleteTariff(long id, int expectedVersion) {
        delete(ElectricityTariff.class, id, expectedVersion, "electricity tariff");
    }

    /** Everything that prices a site's months, read at once: the tables are small (a row per class, tenant or site and period). */
    public Prices forSite(long siteId) {
        return db.read(s -> new Prices(
                s.createQuery("from GpuClassPrice p", GpuClassPrice.class).getResultList(),
                s.createQuery("from TenantContract c", TenantContract.class).getResultList(),
                s.createQuery("from PrepaidPackage p order by p.validity.validFrom, p.id", PrepaidPackage.class).getResultList(),
                s.createQuery("from ElectricityTariff t where t.siteId = :site", ElectricityTariff.class)
                        .setParameter("site", siteId).getResultList()));
    }

    // Checks

    private static void checkPrice(Session s, PriceInput in, Long self) {
        required("input", in);
        required("gpuClass", in.gpuClass());
        unitPrice("cardHourPrice", in.cardHourPrice());
        unitPrice("coreHourPrice", in.coreHourPrice());
        ValidityPeriod.of(in.validFrom(), in.validTo()).refuseOverlapWith(s.createQuery(
                "from GpuClassPrice p where p.gpuClass = :c", GpuClassPrice.class)
                .setParameter("c", in.gpuClass()).getResultList(), self);
    }

    private static void checkContract(Session s, ContractInput in, Long self) {
        required("input", in);
        tenant(s, in.tenantId());
        required("discountPercent", in.discountPercent());
        if (in.discountPercent().signum() < 0 || in.discountPercent().compareTo(BigDecimal.valueOf(100)) > 0
                || in.discountPercent().stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("discountPercent", Message.of("forecasting.economics.discount",
                    in.discountPercent().toPlainString()));
        }
        optional("note", in.note(), 500);
        ValidityPeriod.of(in.validFrom(), in.validTo()).refuseOverlapWith(s.createQuery(
                "from TenantContract c where c.tenantId = :t", TenantContract.class)
                .setParameter("t", in.tenantId()).getResultList(), self);
    }

    private static void checkPackage(Session s, PackageInput in, Long self) {
        required("input", in);
        tenant(s, in.tenantId());
        required("gpuClass", in.gpuClass());
        if (in.cardHours() < 1 || in.cardHours() > MAX_CARD_HOURS) {
            throw new InvalidValueException("cardHours", Message.of("forecasting.field.between", 1, MAX_CARD_HOURS,
                    in.cardHours()));
        }
        required("price", in.price());
        if (in.price().signum() < 0 || in.price().compareTo(MAX_PACKAGE_PRICE) > 0
                || in.price().stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException("price", Message.of("forecasting.economics.amount", in.price().toPlainString()));
        }
        required("validTo", in.validTo());
        ValidityPeriod.of(in.validFrom(), in.validTo()).refuseOverlapWith(s.createQuery(
                "from PrepaidPackage p where p.tenantId = :t and p.gpuClass = :c", PrepaidPackage.class)
                .setParameter("t", in.tenantId()).setParameter("c", in.gpuClass()).getResultList(), self);
    }

    private static void checkTariff(Session s, TariffInput in, Long self) {
        required("input", in);
        if (s.find(Site.class, in.siteId()) == null) {
            throw new InvalidValueException("siteId", Message.of("common.lookup.missingReference",
                    Message.noun(Site.class, "site"), String.valueOf(in.siteId())));
        }
        unitPrice("cnyPerKwh", in.cnyPerKwh());
        ValidityPeriod.of(in.validFrom(), in.validTo()).refuseOverlapWith(s.createQuery(
                "from ElectricityTariff t where t.siteId = :site", ElectricityTariff.class)
                .setParameter("site", in.siteId()).getResultList(), self);
    }

    private static void tenant(Session s, long tenantId) {
        if (s.find(Tenant.class, tenantId) == null) {
            throw new InvalidValueException("tenantId", Message.of("common.lookup.missingReference",
                    Message.noun(Tenant.class, "tenant"), String.valueOf(tenantId)));
        }
    }

    private static void unitPrice(String field, BigDecimal value) {
        required(field, value);
        if (value.signum() < 0 || value.compareTo(MAX_UNIT_PRICE) > 0 || value.stripTrailingZeros().scale() > UNIT_SCALE) {
            throw new InvalidValueException(field, Message.of("forecasting.economics.unitPrice", value.toPlainString()));
        }
    }

    private <T extends PriceEntry> void delete(Class<T> type, long id, int expectedVersion, String what) {
        db.execute((Consumer<Session>) s -> s.remove(current(s, type, id, expectedVersion, what)));
    }

    private static <T extends PriceEntry> T current(Session s, Class<T> type, long id, int expectedVersion, String what) {
        T found = Lookup.existing(s, type, id, what);
        Lookup.checkVersion(found.getVersion(), expectedVersion, Message.named(type, what, id));
        return found;
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
    }

}
