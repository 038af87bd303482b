package io.dcim.forecasting.economics;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.inventory.site.SiteDirectory.SiteFacts;
import io.dcim.inventory.tenant.Tenant;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tenants' monthly statements: the tenant's usage at every site priced as the site's economics prices it
 * (packages drawn across sites month by month, in site order), and the IT energy attributed to it.
 */
public final class Statements {

    private final Database db;
    private final PriceBook priceBook;
    private final SiteEconomics economics;
    private final EnergySource energy;

    public Statements(Database db, PriceBook priceBook, SiteEconomics economics, EnergySource energy) {
        this.db = db;
        this.priceBook = priceBook;
        this.economics = economics;
        this.energy = energy;
    }

    public TenantStatement statement(long tenantId, YearMonth month) {
        if (month == null) {
            throw new InvalidValueException("month", Message.of("common.field.required"));
        }
        String name = db.read(s -> {
            Tenant t = s.find(Tenant.class, tenantId);
            if (t == null) {
                throw new NotFoundException(Message.noun(Tenant.class, "tenant"), tenantId);
            }
            return t.getName();
        });
        List<SiteFacts> sites = db.read(SiteDirectory::all);
        Map<Long, String> siteNames = sites.stream().collect(Collectors.toMap(SiteFacts::id, SiteFacts::name));
        BigDecimal wh = BigDecimal.ZERO;
        List<UsageRow> rows = new ArrayList<>();
        // Prices are per site only for electricity; the list, contracts and packages are the same everywhere.
        Prices prices = priceBook.forSite(sites.isEmpty() ? 0 : sites.get(0).id());
        YearMonth from = prices.packagesStartFor(month, tenantId);
        for (SiteFacts site : sites) {
            economics.tenantRows(site.id(), from, month, prices).stream().filter(r -> r.tenantId() == tenantId).forEach(rows::add);
            wh = wh.add(BigDecimal.valueOf(energy.tenantItWh(site.id(), month).getOrDefault(tenantId, 0L)));
        }
        List<TenantStatement.Line> lines = new RevenueCalculator(prices).lines(rows).stream()
                .filter(l -> l.month().equals(month))
                .map(l -> new TenantStatement.Line(siteNames.get(l.siteId()), l)).toList();
        BigDecimal amount = lines.stream().map(l -> l.revenue().amount()).reduce(Fen.ZERO, BigDecimal::add);
        return new TenantStatement(tenantId, name, month, lines, amount, wh.movePointLeft(3).setScale(3));
    }
}
