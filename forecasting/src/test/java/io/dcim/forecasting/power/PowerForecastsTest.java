package io.dcim.forecasting.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.Forecaster;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetService;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.load.PowerTrends;
import io.dcim.power.load.TrendPoint;
import io.dcim.power.profile.Metrics;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Power forecasts from readings stored the way the poller stores them (power-cooling's target
 * service and reading store, roll-ups included), on H2 and PostgreSQL.
 */
class PowerForecastsTest {

    /** A Wednesday 10:20; the history read ends at the last whole step before it. */
    private static final Instant NOW = Instant.parse("2026-12-02T10:20:00Z");
    private static final Caller READER = Caller.of("analyst", Permission.READ);

    /** Two PDUs' draw in W: a daily cycle peaking in the afternoon, lower at weekends, noise. */
    static double pduDraw(Instant at, Random noise) {
        long minutes = at.getEpochSecond() / 60;
        double hour = (minutes % 1440) / 60.0;
        long day = Math.floorMod(at.getEpochSecond() / 86_400 + 3, 7); // 1970-01-01 was a Thursday: 0 = Monday
        double daily = 1_500 * Math.sin(2 * Math.PI * (hour - 8) / 24);
        double weekend = day >= 5 ? -2_000 : 0;
        return 8_000 + daily + weekend + 150 * noise.nextGaussian();
    }

    /** What the model should see: the same without noise. */
    static double expected(Instant at) {
        return pduDraw(at, new Random(0) {
            @Override
            public double nextGaussian() {
                return 0;
            }
        });
    }

    private record Fixture(InventoryFixture inventory, ReadingStore readings, PowerForecasts forecasts,
                           Cabinet cabinet, Cabinet silent) {
    }

    /** Readings every 10 minutes for four weeks, but none for the three hours {@code gapStart} begins. */
    private static Fixture fixture(Database db, Instant gapStart) {
        InventoryFixture inventory = new InventoryFixture(db);
        MutableClock clock = new MutableClock(NOW);
        ReadingStore readings = new ReadingStore(db, clock);
        TargetService targets = new TargetService(db, ProfileCatalog.builtIn(),
                CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key()), readings);
        Cabinet cabinet = inventory.cabinet("A01");
        Cabinet silent = inventory.cabinet("A02");
        long[] pdus = new long[2];
        for (Feed feed : new Feed[] {Feed.A, Feed.B}) {
            pdus[feed.ordinal()] = targets.create(TargetSpec.pdu("pdu-" + feed, "10.20.0." + (17 + feed.ordinal()),
                    SnmpVersion.V2C, TargetCredentials.community("public"), "apc-rpdu2", inventory.site.getId(),
                    cabinet.getId(), feed)).id();
        }
        Random noise = new Random(42);
        Instant start = NOW.minus(Duration.ofDays(28));
        List<TargetReading> batch = new ArrayList<>();
        for (Instant at = start; at.isBefore(NOW); at = at.plus(Duration.ofMinutes(10))) {
            if (gapStart != null && !at.isBefore(gapStart) && at.isBefore(gapStart.plus(Duration.ofHours(3)))) {
                continue;
            }
            for (long pdu : pdus) {
                batch.add(new TargetReading(pdu, Metrics.PDU_POWER_W, at, pduDraw(at, noise)));
            }
        }
        readings.append(batch);
        readings.rollUp(start, NOW);
        PowerForecasts forecasts = new PowerForecasts(new PowerTrends(db, readings, LoadSettings.DEFAULT),
                new Forecaster(), clock);
        return new Fixture(inventory, readings, forecasts, cabinet, silent);
    }

    @BothDatabases
    void aSitesItLoadIsForecastHourlyWithItsDailyAndWeeklySeasonsAndBands(Database db) {
        Fixture f = fixture(db, null);

        PowerForecast forecast = f.forecasts().site(READER, f.inventory().site.getId(),
                PowerForecastQuery.parse("PT24H", null, null));

        Instant lastWholeHour = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(forecast.scope()).isEqualTo("site");
        assertThat(forecast.step()).isEqualTo("PT1H");
        assertThat(forecast.seasons()).containsExactly(24, 168);
        assertThat(forecast.history()).hasSize(28 * 24);
        assertThat(forecast.history().get(forecast.history().size() - 1).at()).isEqualTo(lastWholeHour.minusSeconds(3_600));
        assertThat(forecast.filledGaps()).isZero();
        assertThat(forecast.at()).hasSize(24).startsWith(lastWholeHour);
        assertThat(forecast.intervals()).extracting(PowerForecast.Band::level).containsExactly(80.0, 95.0);
        double[] point = forecast.pointW();
        double absoluteError = 0;
        for (int k = 0; k < 24; k++) {
            // The hourly mean of two PDUs: the mean of the noiseless draw over the hour, twice.
            Instant hour = forecast.at().get(k);
            double truth = 0;
            for (int m = 0; m < 60; m += 10) {
                truth += 2 * expected(hour.plus(Duration.ofMinutes(m))) / 6;
            }
            absoluteError += Math.abs(point[k] - truth) / truth / 24;
            assertThat(forecast.intervals().get(1).lower()[k]).isLessThan(forecast.intervals().get(0).lower()[k]);
            assertThat(forecast.intervals().get(0).lower()[k]).isLessThan(point[k]);
            assertThat(forecast.intervals().get(0).upper()[k]).isGreaterThan(point[k]);
        }
        assertThat(absoluteError).as("mean absolute percentage error of the next day").isLessThan(0.05);
        assertThat(forecast.explanation()).contains("was chosen because");
        assertThat(forecast.criterion()).isEqualTo("mase");
        assertThat(forecast.contractedW()).as("a site has no single contract").isNull();
    }

    @BothDatabases
    void aCabinetsDrawIsForecastByTheHalfHourWithGapsFilledAndTheLevelsAsked(Database db) {
        Fixture f = fixture(db, Instant.parse("2026-11-25T02:00:00Z"));

        PowerForecast forecast = f.forecasts().cabinet(READER, f.cabinet().getId(),
                PowerForecastQuery.parse("PT12H", "PT30M", List.of(50.0, 99.0)));

        assertThat(forecast.seasons()).containsExactly(48, 336);
        assertThat(forecast.filledGaps()).as("three hours without readings: six half-hours").isEqualTo(6);
        TrendPoint filled = forecast.history().stream().filter(p -> p.at().equals(Instant.parse("2026-11-25T03:30:00Z")))
                .findFirst().orElseThrow();
        assertThat(filled.value()).as("on the line between the neighbours").isBetween(10_000.0, 20_000.0);
        assertThat(forecast.at()).hasSize(24);
        assertThat(forecast.intervals()).extracting(PowerForecast.Band::level).containsExactly(50.0, 99.0);
        assertThat(forecast.contractedW()).isPositive();
        assertThat(forecast.name()).isEqualTo("A01");
    }

    @BothDatabases
    void wrongStepsHorizonsLevelsAndTooLittleHistoryAreRefusedNamingWhatIsAtFault(Database db) {
        Fixture f = fixture(db, null);
        long site = f.inventory().site.getId();

        assertRefused(() -> f.forecasts().site(READER, site, PowerForecastQuery.parse(null, "PT30M", null)), "step");
        assertRefused(() -> PowerForecastQuery.parse("P30D", null, null), "horizon");
        assertRefused(() -> PowerForecastQuery.parse("tomorrow", null, null), "horizon");
        assertRefused(() -> f.forecasts().cabinet(READER, f.cabinet().getId(), PowerForecastQuery.parse(null, "PT7M",
                null)), "step");
        assertRefused(() -> PowerForecastQuery.parse(null, "-PT5M", null), "step");
        assertRefused(() -> PowerForecastQuery.parse(null, null, List.of(80.0, 100.0)), "levels[1]");
        assertRefused(() -> f.forecasts().cabinet(READER, f.silent().getId(), PowerForecastQuery.parse(null, null, null)),
                "cabinet");
        assertThatThrownBy(() -> f.forecasts().site(Caller.of("nobody"), site, PowerForecastQuery.parse(null, null, null)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void theHorizonIsRoundedUpToWholeSteps() {
        assertThat(PowerForecastQuery.parse("PT100M", "PT30M", null).steps()).isEqualTo(4);
        assertThat(PowerForecastQuery.parse(null, null, null).steps()).isEqualTo(24);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
