package io.dcim.forecasting.economics;

import io.dcim.common.persistence.Database;
import io.dcim.forecasting.history.GpuClass;
import io.dcim.forecasting.testing.Purchases;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.cabinet.Lease;
import io.dcim.inventory.cabinet.NewCabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.tenant.Tenant;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetQueries;
import io.dcim.procurement.asset.AssetService;
import io.dcim.procurement.asset.FixedAsset;
import io.dcim.procurement.asset.NewAsset;
import io.dcim.procurement.asset.SupportContract;
import io.dcim.procurement.asset.VatPolicy;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.supplier.Supplier;
import io.dcim.testing.InventoryFixture;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The hand-computed site of the economics tests (design PUE 1.25), February and March 2025:
 * <ul>
 *   <li>an H100 server (8 cards) on the books at 2,300,000.00 from 2024-12-20, 60 months, 5% residual:
 *       (2,300,000 − 115,000) / 60 = 36,416.67 a month, H100-class; support 12,000.00 for 2025 (365 days):
 *       February 12,000 × 28 / 365 = 920.55, March × 31 / 365 = 1,019.18;</li>
 *   <li>a leaf switch at 120,000.00 from the same day: (120,000 − 6,000) / 60 = 1,900.00 a month, shared;</li>
 *   <li>cabinet L1 leased at 9,800.00 a month from 2025-01-01; L2 at 9,800.00 from 2025-03-11: March
 *       9,800 × 21 / 31 = 6,638.71;</li>
 *   <li>8 H100 GPUs outsourced for the site at 20,000.00 a month from 2025-02-15: February 20,000 × 14 / 28 =
 *       10,000.00, March 20,000.00;</li>
 *   <li>electricity 0.2620 CNY/kWh: February 8,000 kWh IT × 1.25 = 10,000 kWh = 2,620.00; March facility
 *       metered, 11,000 kWh = 2,882.00;</li>
 *   <li>H100 list price 20.0000 per card-hour, 0.0500 per core-hour; tenant A 10% discount; tenant B a package
 *       of 1,000 card-hours for 15,000.00 (15.00 an hour) February to December;</li>
 *   <li>card-hours available 8 × 672 = 5,376 (February), 8 × 744 = 5,952 (March); used: A 1,000 card-h and
 *       8,000 core-h in February, 1,500 and 12,000 in March; B 600 and 0, then 700 and 1,000.</li>
 * </ul>
 */
final class SmallSite {

    final InventoryFixture inventory;
    final Tenant a;
    final Tenant b;
    final PriceBook prices;
    final FakeUsage usage = new FakeUsage();
    final FakeEnergy energy = new FakeEnergy();
    final SiteEconomics economics;
    final Statements statements;
    final FixedAsset server;
    final Cabinet l2;

    SmallSite(Database db, Clock clock) {
        inventory = new InventoryFixture(db);
        TenantService tenants = new TenantService(db);
        a = tenants.create("Northern University AI Lab", TenantKind.UNIVERSITY);
        b = tenants.create("Model Startup Ltd", TenantKind.ENTERPRISE);
        Cabinet l1 = leased("L1", LocalDate.of(2025, 1, 1));
        l2 = leased("L2", LocalDate.of(2025, 3, 11));
        Device h100 = inventory.install(inventory.h100Server(), l1, 1, Face.FRONT);
        new GpuService(db).registerAll(h100.getId(), IntStream.range(0, 8).mapToObj(i -> "GPU-" + i).toList(),
                inventory.gpuModel("H100 SXM5 80GB").getId(), GpuStatus.IN_SERVICE, null);
        Device leaf = inventory.install(inventory.leafSwitch(), l1, 20, Face.FRONT);
        AssetService assets = new AssetService(db, clock, VatPolicy.DEDUCTIBLE);
        Purchases purchases = new Purchases(db, clock);
        Supplier vendor = purchases.supplier("Sitong", 30);
        LocalDate inService = LocalDate.of(2024, 12, 20);
        FixedAsset onBooks = assets.register(new NewAsset(h100.getId(), "FA-1", "H100 server", AssetClass.SERVER,
                new BigDecimal("2300000.00"), new BigDecimal("0.13"), inService, siteId(), null, null, null, null));
        server = assets.setSupport(onBooks.getId(), onBooks.getVersion(),
                new SupportContract(vendor.getId(), LocalDate.of(2025, 1, 1), 12, new BigDecimal("12000.00")), "fin");
        assets.register(new NewAsset(leaf.getId(), "FA-2", "Leaf switch", AssetClass.NETWORK, new BigDecimal("120000.00"),
                new BigDecimal("0.13"), inService, siteId(), null, null, null, null));
        purchases.contractForSite(siteId(), inventory.gpuModel("H100 SXM5 80GB").getId(), 8, LocalDate.of(2025, 2, 15), 12,
                "20000.00", vendor);

        prices = new PriceBook(db);
        prices.createPrice(new PriceInput(GpuClass.H100_CLASS, new BigDecimal("20.0000"), new BigDecimal("0.0500"),
                LocalDate.of(2025, 1, 1), null));
        prices.createContract(new ContractInput(a.getId(), new BigDecimal("10"), LocalDate.of(2025, 1, 1), null, null));
        prices.createPackage(new PackageInput(b.getId(), GpuClass.H100_CLASS, 1000, new BigDecimal("15000.00"),
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31)));
        prices.createTariff(new TariffInput(siteId(), new BigDecimal("0.2620"), LocalDate.of(2025, 1, 1), null));

        usage.available(siteId(), "2025-02", "5376");
        usage.available(siteId(), "2025-03", "5952");
        usage.used(siteId(), "2025-02", a.getId(), "1000", "8000");
        usage.used(siteId(), "2025-02", b.getId(), "600", "0");
        usage.used(siteId(), "2025-03", a.getId(), "1500", "12000");
        usage.used(siteId(), "2025-03", b.getId(), "700", "1000");
        energy.months.add(new EnergySource.MonthlyEnergy(YearMonth.of(2025, 2), 8_000_000, 0));
        energy.months.add(new EnergySource.MonthlyEnergy(YearMonth.of(2025, 3), 9_000_000, 11_000_000));
        energy.tenants.put(b.getId(), 2_500_000L);

        economics = new SiteEconomics(db, prices, usage, energy, new AssetQueries(db), new ContractService(db, clock));
        statements = new Statements(db, prices, economics, energy);
    }

    long siteId() {
        return inventory.site.getId();
    }

    private Cabinet leased(String name, LocalDate from) {
        return inventory.cabinets.create(new NewCabinet(inventory.row.getId(), name, name.charAt(1) - '0', null, null,
                new Lease("Hohhot IDC", new BigDecimal("9800.00"), from, null)));
    }

    /** Usage as the usage feature answers it: rows per month × class and month × tenant × class, keys joined by '|'. */
    static final class FakeUsage implements UsageSource {
        private final List<String[]> rows = new ArrayList<>();

        void available(long site, String month, String hours) {
            rows.add(new String[] {String.valueOf(site), month, null, "0", "0", hours});
        }

        void used(long site, String month, long tenant, String cardHours, String coreHours) {
            rows.add(new String[] {String.valueOf(site), month, String.valueOf(tenant), cardHours, coreHours, "0"});
        }

        @Override
        public List<Total> totals(long siteId, LocalDate from, LocalDate toExclusive, Grouping grouping) {
            Map<String, BigDecimal[]> sums = new java.util.TreeMap<>();
            for (String[] r : rows) {
                LocalDate day = YearMonth.parse(r[1]).atDay(1);
                if (Long.parseLong(r[0]) != siteId || day.isBefore(from) || !day.isBefore(toExclusive)) {
                    continue;
                }
                String key = switch (grouping) {
                    case MONTH_GPU_CLASS -> r[1] + "|H100_CLASS";
                    case MONTH_TENANT_GPU_CLASS -> r[2] == null ? null : r[1] + "|" + r[2] + "|H100_CLASS";
                    default -> throw new UnsupportedOperationException(grouping.name());
                };
                if (key != null) {
                    BigDecimal[] s = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                    s[0] = s[0].add(new BigDecimal(r[3]));
                    s[1] = s[1].add(new BigDecimal(r[4]));
                    s[2] = s[2].add(new BigDecimal(r[5]));
                }
            }
            return sums.entrySet().stream().map(e -> new Total(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                    .toList();
        }
    }

    static final class FakeEnergy implements EnergySource {
        final List<MonthlyEnergy> months = new ArrayList<>();
        final Map<Long, Long> tenants = new java.util.HashMap<>();

        @Override
        public List<MonthlyEnergy> siteMonths(long siteId, YearMonth from, YearMonth toInclusive) {
            return months.stream().filter(m -> !m.month().isBefore(from) && !m.month().isAfter(toInclusive)).toList();
        }

        @Override
        public Map<Long, Long> tenantItWh(long siteId, YearMonth month) {
            return month.equals(YearMonth.of(2025, 3)) ? tenants : Map.of();
        }
    }
}
