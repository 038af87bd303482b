package io.dcim.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.dcim.common.persistence.Database;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.util.EnumSet;
import java.util.Locale;
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
        services.users().create("analyst", null, WebTesting.PASSWORD, EnumSet.of(Role.ANALYST));
        try (ApiClient api = new ApiClient(services)) {
            api.basic("analyst", WebTesting.PASSWORD);
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

            ApiClient.Reply text = api.send("POST", "/forecast", "{\"series\":[1,2,\"x\"]}");
            assertThat(text.status()).as("a text where a number belongs is a wrong JSON type: 422").isEqualTo(422);
            assertThat(text.json().get("field").asText()).isEqualTo("series[2]");
            ApiClient.Reply method = api.send("POST", "/forecast", "{\"series\":" + series() + ",\"method\":\"arima\"}");
            assertThat(method.status()).isEqualTo(422);
            assertThat(method.json().get("field").asText()).isEqualTo("method");
        }
    }

    @BothDatabases
    void estimatesCardsForADeadlineAndDaysForCards(Database db) throws Exception {
        Services services = WebTesting.services(db);
        services.users().create("analyst", null, WebTesting.PASSWORD, EnumSet.of(Role.ANALYST));
        try (ApiClient api = new ApiClient(services)) {
            api.basic("analyst", WebTesting.PASSWORD);
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
