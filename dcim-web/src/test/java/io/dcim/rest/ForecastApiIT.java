package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.power.PowerModule;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.testing.InventoryFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;

class ForecastApiIT {

    /** Two years of weekly-seasonal daily GPU use with growth: the shape of DOMAIN.md's demand. */
    private static String series() {
        StringJoiner values = new StringJoiner(",", "[", "]");
        for (int day = 0; day < 730; day++) {
            double weekly = new double[] {0.9, 1.0, 1.05, 1.05, 1.0, 0.95, 0.85}[day % 7];
            values.add(String.format(Locale.ROOT, "%.1f", (2000 + 3.0 * day) * weekly + 15 * Math.sin(day * 1.7)));
        }
        return values.toString();
    }

    @BothDatabases
    void forecastsASeriesWithIntervalsAndEveryMethodsBacktest(Database db) throws Exception {
        Services services = WebTesting.services(db);
        services.catalog().ensureReferenceData();
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {
            ApiClient.Reply reply = api.send("POST", "/forecast", "{\"series\":" + series()
                    + ",\"period\":\"day\",\"seasonLength\":7,\"horizon\":28,\"method\":\"auto\"}");

            assertThat(reply.status()).isEqualTo(200);
            JsonNode forecast = reply.json();
            assertThat(forecast.get("automatic").asBoolean()).isTrue();
            assertThat(forecast.get("point")).hasSize(28);
            assertThat(forecast.get("backtests").has("seasonal-naive")).isTrue();
            assertThat(forecast.get("backtests").get(forecast.get("method").asText()).get("mase").asDouble())
                    .as("the chosen method beats the seasonal-naive baseline on this trending series")
                    .isLessThan(forecast.get("backtests").get("seasonal-naive").get("mase").asDouble());
            for (int h = 0; h < 28; h++) {
                double point = forecast.get("point").get(h).asDouble();
                assertThat(forecast.at("/interval95/lower/" + h).asDouble()).isLessThanOrEqualTo(point);
                assertThat(forecast.at("/interval95/upper/" + h).asDouble()).isGreaterThanOrEqualTo(point);
            }

            assertThat(forecast.get("period").asText()).as("the names taken before still work").isEqualTo("P1D");
            assertThat(forecast.get("seasons")).hasSize(1);
            assertThat(forecast.get("criterion").asText()).isEqualTo("mase");
            assertThat(forecast.get("model").asText()).isNotBlank();
            assertThat(forecast.get("explanation").asText()).contains("was chosen because");
            JsonNode chinese = api.language("zh-CN").send("POST", "/forecast", "{\"series\":" + series()
                    + ",\"period\":\"day\",\"seasonLength\":7,\"horizon\":28,\"method\":\"auto\"}").json();
            assertThat(chinese.get("explanation").asText()).as("why, in the client's language")
                    .startsWith("选用 " + forecast.get("method").asText()).doesNotContain("was chosen");
            api.language(null);
            assertThat(forecast.get("intervals")).as("80 and 95 unless asked").hasSize(2);
            assertThat(forecast.at("/intervals/0/level").asDouble()).isEqualTo(80.0);
            assertThat(forecast.at("/intervals/1/level").asDouble()).isEqualTo(95.0);
            assertThat(forecast.at("/intervals/1/upper/27").asDouble()).isEqualTo(forecast.at("/interval95/upper/27").asDouble());

            ApiClient.Reply text = api.send("POST", "/forecast", "{\"series\":[1,2,\"x\"]}");
            assertThat(text.status()).as("a text where a number belongs is a wrong JSON type: 422").isEqualTo(422);
            assertThat(text.json().get("field").asText()).isEqualTo("series[2]");
            ApiClient.Reply method = api.send("POST", "/forecast", "{\"series\":" + series() + ",\"method\":\"arima\"}");
            assertThat(method.status()).isEqualTo(422);
            assertThat(method.json().get("field").asText()).isEqualTo("method");
        }
    }

    /** Three weeks of half-hourly power: a daily cycle, quieter weekends, noise. */
    private static String halfHourly() {
        Random random = new Random(7);
        StringJoiner values = new StringJoiner(",", "[", "]");
        for (int t = 0; t < 48 * 21; t++) {
            double daily = 900 * Math.sin(2 * Math.PI * (t % 48 - 16) / 48);
            double weekend = (t / 48) % 7 >= 5 ? -1_200 : 0;
            values.add(String.format(Locale.ROOT, "%.1f", 9_000 + daily + weekend + 80 * random.nextGaussian()));
        }
        return values.toString();
    }

    @BothDatabases
    void halfHourlySeriesGetTheirDailyAndWeeklySeasonsAndAiccAnswersWithTheFormItsParametersAndLevels(Database db)
            throws Exception {
        Services services = WebTesting.services(db);
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {

            ApiClient.Reply reply = api.send("POST", "/forecast", "{\"series\":" + halfHourly()
                    + ",\"period\":\"PT30M\",\"horizon\":96,\"criterion\":\"aicc\",\"levels\":[50,90,99]}");

            assertThat(reply.status()).isEqualTo(200);
            JsonNode forecast = reply.json();
            assertThat(forecast.get("period").asText()).isEqualTo("PT30M");
            assertThat(forecast.get("seasons").toString()).isEqualTo("[48,336]");
            assertThat(forecast.get("method").asText()).isEqualTo("ets");
            assertThat(forecast.get("criterion").asText()).isEqualTo("aicc");
            assertThat(forecast.get("model").asText()).startsWith("ETS(");
            assertThat(forecast.get("parameters").has("alpha")).isTrue();
            assertThat(forecast.at("/informationCriterion/name").asText()).isEqualTo("AICc");
            assertThat(forecast.get("explanation").asText())
                    .contains(String.format(Locale.ROOT, "lowest AICc (%.1f)", forecast.at("/informationCriterion/value").asDouble()));
            assertThat(forecast.get("backtests").size()).as("AICc needs no backtests").isZero();
            assertThat(forecast.get("intervals")).hasSize(3);
            for (int level = 0; level < 3; level++) {
                assertThat(forecast.at("/intervals/" + level + "/level").asDouble()).isEqualTo(new double[] {50, 90, 99}[level]);
                assertThat(forecast.at("/intervals/" + level + "/lower")).hasSize(96);
            }
            assertThat(forecast.at("/intervals/2/upper/0").asDouble()).isGreaterThan(forecast.at("/intervals/1/upper/0").asDouble());
        }
    }

    @BothDatabases
    void criterionLevelsPeriodAndUnknownFieldsAreRefusedNamingTheField(Database db) throws Exception {
        Services services = WebTesting.services(db);
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {
            String series = "{\"series\":" + series();

            assertRefused(api.send("POST", "/forecast", series + ",\"criterion\":\"bic\"}"), "criterion", "aicc");
            assertRefused(api.send("POST", "/forecast", series + ",\"levels\":[80,100]}"), "levels[1]", "between 0 and 100");
            assertRefused(api.send("POST", "/forecast", series + ",\"levels\":[10,20,30,40,50,60]}"), "levels", "1 to 5");
            assertRefused(api.send("POST", "/forecast", series + ",\"levels\":[\"80\"]}"), "levels[0]", null);
            assertRefused(api.send("POST", "/forecast", series + ",\"period\":\"PT7M\"}"), "period", "PT30M");
            assertRefused(api.send("POST", "/forecast", series + ",\"confidence\":95}"), "confidence", null);
            ApiClient.Reply fraction = api.send("POST", "/forecast", series + ",\"levels\":[0.8]}");
            assertThat(fraction.status()).as("0.8 is a level of 0.8 %, odd but valid").isEqualTo(200);
        }
    }

    private static void assertRefused(ApiClient.Reply reply, String field, String detailPart) {
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
        if (detailPart != null) {
            assertThat(reply.json().get("error").asText()).contains(detailPart);
        }
    }

    /** Two weeks and a day of one PDU's draw every 20 minutes, up to now: a daily cycle and quieter weekends. */
    private static List<TargetReading> readings(long pdu, Instant now) {
        Random noise = new Random(3);
        List<TargetReading> out = new ArrayList<>();
        for (Instant at = now.minus(Duration.ofDays(15)); at.isBefore(now); at = at.plus(Duration.ofMinutes(20))) {
            double hour = (at.getEpochSecond() % 86_400) / 3_600.0;
            long day = Math.floorMod(at.getEpochSecond() / 86_400 + 3, 7);
            out.add(new TargetReading(pdu, Metrics.PDU_POWER_W, at, 7_000 + 1_200 * Math.sin(2 * Math.PI * (hour - 8) / 24)
                    + (day >= 5 ? -1_500 : 0) + 100 * noise.nextGaussian()));
        }
        return out;
    }

    @BothDatabases
    void aSitesAndACabinetsPowerAreForecastFromTheReadingsPowerCoolingStored(Database db) throws Exception {
        Services services = WebTesting.services(db);
        WebTesting.roleUsers(services, Role.ANALYST);
        InventoryFixture inventory = new InventoryFixture(db);
        Cabinet cabinet = inventory.cabinet("A01");
        long site = inventory.site.getId();
        try (ApiClient api = new ApiClient(services)) {
            api.basic("analyst", WebTesting.PASSWORD);
            assertThat(api.get("/forecast/power?site=" + site).status()).as("without the power module").isEqualTo(409);

            try (PowerModule power = WebTesting.attachPower(services, db)) {
                long pdu = power.targets().create(TargetSpec.pdu("pdu-a", "10.20.0.17", SnmpVersion.V2C,
                        TargetCredentials.community("public"), "apc-rpdu2", site, cabinet.getId(), Feed.A)).id();
                Instant now = Instant.now();
                power.readings().append(readings(pdu, now));
                power.readings().rollUp(now.minus(Duration.ofDays(16)), now);

                ApiClient.Reply siteReply = api.get("/forecast/power?site=" + site + "&horizon=PT24H&levels=80&levels=95");
                assertThat(siteReply.status()).isEqualTo(200);
                JsonNode forecast = siteReply.json();
                assertThat(forecast.get("scope").asText()).isEqualTo("site");
                assertThat(forecast.get("step").asText()).isEqualTo("PT1H");
                assertThat(forecast.get("seasons").toString()).isEqualTo("[24,168]");
                assertThat(forecast.get("at")).hasSize(24);
                assertThat(Instant.parse(forecast.at("/at/0").asText()))
                        .isAfter(now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2)));
                assertThat(forecast.get("pointW")).hasSize(24);
                assertThat(forecast.get("intervals")).hasSize(2);
                assertThat(forecast.get("explanation").asText()).contains("was chosen because");
                for (int k = 0; k < 24; k++) {
                    assertThat(forecast.at("/pointW/" + k).asDouble()).isBetween(4_000.0, 10_000.0);
                    assertThat(forecast.at("/intervals/1/lower/" + k).asDouble())
                            .isLessThan(forecast.at("/intervals/0/lower/" + k).asDouble());
                }

                JsonNode byHalfHour = api.get("/forecast/power?cabinet=" + cabinet.getId() + "&step=PT30M&horizon=PT6H")
                        .json();
                assertThat(byHalfHour.get("scope").asText()).isEqualTo("cabinet");
                assertThat(byHalfHour.get("at")).hasSize(12);
                assertThat(byHalfHour.get("seasons").toString()).isEqualTo("[48,336]");
                assertThat(byHalfHour.get("contractedW").asInt()).isPositive();

                assertRefused(api.get("/forecast/power?site=" + site + "&cabinet=" + cabinet.getId()), "cabinet", "not both");
                assertRefused(api.get("/forecast/power"), "site", "either");
                assertRefused(api.get("/forecast/power?site=" + site + "&step=PT30M"), "step", "PT1H");
                assertRefused(api.get("/forecast/power?site=" + site + "&horizon=P30D"), "horizon", "P14D");
                assertRefused(api.get("/forecast/power?site=" + site + "&levels=100"), "levels[0]", null);
                assertThat(api.get("/forecast/power?site=" + (site + 1_000)).status()).isEqualTo(404);
            }
        }
    }

    @BothDatabases
    void theOpenApiDocumentShowsTheNewFieldsAndThePowerForecast(Database db) throws Exception {
        Services services = WebTesting.services(db);
        try (ApiClient api = new ApiClient(services)) {
            JsonNode document = api.anonymous().get("/openapi.json").json();

            JsonNode schemas = document.at("/components/schemas");
            assertThat(schemas.at("/ForecastBody/properties").fieldNames()).toIterable()
                    .contains("series", "period", "seasonLength", "horizon", "method", "criterion", "levels");
            assertThat(schemas.at("/ForecastBody/properties/criterion/enum").toString()).contains("aicc");
            assertThat(schemas.at("/ForecastView/properties").fieldNames()).toIterable()
                    .contains("model", "parameters", "criterion", "informationCriterion", "explanation", "intervals",
                            "seasons", "period");
            JsonNode power = document.at("/paths/~1forecast~1power/get");
            assertThat(power.get("parameters").findValuesAsText("name"))
                    .contains("site", "cabinet", "horizon", "step", "levels");
        }
    }

    @BothDatabases
    void estimatesCardsForADeadlineAndDaysForCards(Database db) throws Exception {
        Services services = WebTesting.services(db);
        try (ApiClient api = ApiClient.as(services, Role.ANALYST)) {
            // 8 · 300e9 tokens · 175e9 parameters = 4.2e23 FLOP; X = 989 TFLOP/s · 0.4 = 395.6 TFLOP/s.
            // 30 days: 4.2e23 / (395.6e12 · 2,592,000 s) = 409.6 cards -> 52 whole 8-GPU servers = 416 cards.
            JsonNode deadline = api.send("POST", "/training-estimate", "{\"parameters\":175e9,\"tokens\":300e9,"
                    + "\"peakTflops\":989,\"utilization\":0.4,\"deadlineDays\":30}").json();
            assertThat(deadline.get("servers").asInt()).isEqualTo(52);
            assertThat(deadline.get("cards").asInt()).isEqualTo(416);
            // 1,024 cards: 4.2e23 / (1024 · 395.6e12) = 1,036,800 s = 12.0 days.
            JsonNode cards = api.send("POST", "/training-estimate", "{\"parameters\":175e9,\"tokens\":300e9,"
                    + "\"peakTflops\":989,\"utilization\":0.4,\"cards\":1024}").json();
            assertThat(cards.get("days").asDouble()).isCloseTo(12.0, within(0.01));

            ApiClient.Reply both = api.send("POST", "/training-estimate", "{\"parameters\":1e9,\"tokens\":2e10,"
                    + "\"peakTflops\":989}");
            assertThat(both.status()).isEqualTo(422);
            assertThat(both.json().get("field").asText()).isEqualTo("deadlineDays");
        }
    }
}
