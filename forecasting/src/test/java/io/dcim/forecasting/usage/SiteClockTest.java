package io.dcim.forecasting.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiteClockTest {

    /**
     * Every quarter hour of a year, on a zone without clock changes, one that changes at 02:00 and one that
     * changed at midnight (São Paulo, 2018: 4 November had no 00:00): the cached days answer as the zone does.
     */
    @ParameterizedTest
    @CsvSource({"Asia/Shanghai, 2026", "Europe/Berlin, 2026", "America/Sao_Paulo, 2018"})
    void localTimesAndMidnightsMatchTheZoneRulesAcrossClockChanges(String zoneId, int year) {
        ZoneId zone = ZoneId.of(zoneId);
        SiteClock clock = new SiteClock(zone);
        for (LocalDateTime t = LocalDateTime.of(year, 1, 1, 0, 0); t.getYear() == year; t = t.plusMinutes(15)) {
            ZonedDateTime placed = t.atZone(zone);
            assertThat(clock.epochSecond(t)).as("%s", t).isEqualTo(placed.toEpochSecond());
            assertThat(clock.dayOf(t)).as("%s", t).isEqualTo(placed.toLocalDate().toEpochDay());
        }
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            assertThat(clock.midnight(d.toEpochDay())).as("%s", d).isEqualTo(d.atStartOfDay(zone).toEpochSecond());
        }
    }

    @ParameterizedTest
    @CsvSource({
        // 22:00 on 28 March to 04:00 on 29 March 2026 in Berlin: 2 h, then 3 h (02:00 became 03:00)
        "Europe/Berlin, 2026-03-28T22:00:00, 2026-03-29T04:00:00, 7200, 10800",
        // across the autumn change: 2 h, then 5 h (02:00-03:00 twice)
        "Europe/Berlin, 2026-10-24T22:00:00, 2026-10-25T04:00:00, 7200, 18000",
        "Asia/Shanghai, 2026-03-01T22:00:00, 2026-03-02T03:00:00, 7200, 10800"})
    void aJobAcrossMidnightIsSplitIntoTheSecondsEachDayReallyHad(String zoneId, LocalDateTime start, LocalDateTime end,
                                                                  long firstDay, long secondDay) {
        SiteClock clock = new SiteClock(ZoneId.of(zoneId));
        DayTotals totals = new DayTotals();

        totals.add(new SacctImport.Mappings.Target(1, clock, "H100_CLASS", 2), start, end, 1, 0);

        assertThat(totals.cardSeconds()).isEqualTo(firstDay + secondDay);
        assertThat(totals.secondsOn(1, start.toLocalDate(), "H100_CLASS", 2)).isEqualTo(firstDay);
        assertThat(totals.secondsOn(1, end.toLocalDate(), "H100_CLASS", 2)).isEqualTo(secondDay);
    }
}
