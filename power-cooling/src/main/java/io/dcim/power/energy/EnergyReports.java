package io.dcim.power.energy;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.site.SiteDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a site's {@link EnergyReport} for a year from the months' energy ({@link EnergyQueries}, this year's and
 * the year before's, which the growth and falling targets compare with), the supply contracts and the inventory.
 *
 * <p>Rack occupancy of a month: the cabinets whose PDUs delivered energy in it, plus those with no PDU polled that
 * hold devices today, over all the site's cabinets (each one is leased). GPU-hours of a month: the GPUs in service
 * today times the month's hours up to now (the inventory keeps no history of GPU states by month). Both count only
 * months with IT readings.
 */
final class EnergyReports {

    private final Database db;
    private final EnergyQueries energy;
    private final EnergyTargets targets;
    private final Clock clock;

    EnergyReports(Database db, EnergyQueries energy, EnergyTargets targets, Clock clock) {
        this.db = db;
        this.energy = energy;
        this.targets = targets;
        this.clock = clock;
    }

    EnergyReport year(long siteId, int year) {
        List<SiteMonthEnergy> months = energy.siteMonthsDetailed(siteId, YearMonth.of(year - 1, 1),
                YearMonth.of(year, 12));
        Inventory inv = db.read(session -> {
            SiteDirectory.SiteFacts site = SiteDirectory.find(session, siteId).orElseThrow();
            List<CabinetDirectory.Placement> cabinets = CabinetDirectory.inSite(session, siteId);
            Set<Long> unpolled = new HashSet<>(CabinetDirectory.occupiedInSite(session, siteId));
            unpolled.removeAll(SiteTargets.of(session, siteId).cabinetsOfPdus().values());
            List<Long> devices = DeviceDirectory.poweredInSite(session, siteId).stream()
                    .map(DeviceDirectory.Powered::id).toList();
            long gpus = DeviceDirectory.gpusInService(session, devices).values().stream().mapToLong(i -> i).sum();
            return new Inventory(site, cabinets.size(), unpolled, gpus,
                    SiteDirectory.gridEmissionKgPerKwh(session, siteId).orElse(null),
                    SupplyContracts.ofSite(session, siteId).stream().map(ContractView::terms).toList());
        });
        RenewableSupply renewable = new RenewableSupply(inv.contracts());
        Instant now = clock.instant();
        List<EnergySums> sums = new ArrayList<>();
        for (SiteMonthEnergy m : months) {
            sums.add(sums(m, inv, renewable, now));
        }
        EnergyMarks marks = new EnergyMarks(targets, inv.emission());
        List<EnergyReport.Month> out = new ArrayList<>();
        EnergySums yearSum = EnergySums.NONE;
        EnergySums before = EnergySums.NONE;
        for (int i = 0; i < 12; i++) {
            before = before.plus(sums.get(i));
            EnergySums now12 = sums.get(12 + i);
            yearSum = yearSum.plus(now12);
            // an unmeasured month still shows how many cabinets are leased; the year adds measured months only
            EnergySums shown = now12.measured() ? now12 : new EnergySums(0, 0, 0, 0, inv.cabinets(), 0, 0);
            out.add(new EnergyReport.Month(months.get(12 + i).month(), now12.measured(),
                    marks.figures(shown, sums.get(i))));
        }
        return new EnergyReport(siteId, inv.site().name(), inv.site().timeZone(), year,
                months.get(0).facilitySource(), inv.emission(), targets, out, marks.figures(yearSum, before),
                before.measured() ? EnergyMarks.renewableSharePct(before) : null,
                before.measured() ? EnergyMarks.kwhPerGpuHour(before) : null);
    }

    private static EnergySums sums(SiteMonthEnergy m, Inventory inv, RenewableSupply renewable, Instant now) {
        if (!m.measured()) {
            return EnergySums.NONE;
        }
        Set<Long> inUse = new HashSet<>(m.cabinetsDrawing());
        inUse.addAll(inv.unpolledOccupied());
        Instant end = m.to().isAfter(now) ? now : m.to();
        long hours = end.isAfter(m.from()) ? Duration.between(m.from(), end).toHours() : 0;
        return new EnergySums(m.itWh(), m.facilityWh(), renewable.wh(m.month(), m.facilityWh()), inUse.size(),
                inv.cabinets(), inv.gpusInService() * hours, 1);
    }

    private record Inventory(SiteDirectory.SiteFacts site, int cabinets, Set<Long> unpolledOccupied, long gpusInService,
                             BigDecimal emission, List<ContractTerms> contracts) {
    }
}
