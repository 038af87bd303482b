package io.dcim.power.energy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How much of a month's energy the supply contracts make renewable. A contract's kWh are spread evenly over its
 * days, so a month gets the days it shares with the contract; a share applies to the facility energy of the days
 * it covers (the month's energy taken as evenly spread over its days). The month's renewable energy is capped at
 * its facility energy: contracts cannot make more than all of it green.
 */
final class RenewableSupply {

    private final List<ContractTerms> contracts;

    RenewableSupply(List<ContractTerms> contracts) {
        this.contracts = List.copyOf(contracts);
    }

    double wh(YearMonth month, long facilityWh) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        double wh = 0;
        for (ContractTerms c : contracts) {
            long shared = overlapDays(first, last, c.validFrom(), c.validTo());
            if (shared == 0) {
                continue;
            }
            if (c.renewableKwh() != null) {
                long days = ChronoUnit.DAYS.between(c.validFrom(), c.validTo()) + 1;
                wh += c.renewableKwh() * 1000.0 * shared / days;
            } else {
                wh += facilityWh * c.renewableSharePct().doubleValue() / 100 * shared / month.lengthOfMonth();
            }
        }
        return Math.min(wh, facilityWh);
    }

    private static long overlapDays(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        LocalDate from = aFrom.isAfter(bFrom) ? aFrom : bFrom;
        LocalDate to = aTo.isBefore(bTo) ? aTo : bTo;
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }
}
