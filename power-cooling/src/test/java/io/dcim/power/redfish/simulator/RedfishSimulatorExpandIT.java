package io.dcim.power.redfish.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's {@code $expand} (DSP0266), over real HTTP: advertised in the service root and answered when
 * on; when off, neither advertised nor answered (501), as a BMC without the feature; levels beyond what it
 * advertises refused (400).
 */
class RedfishSimulatorExpandIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("ops:bmc-password-1".getBytes(StandardCharsets.UTF_8));

    private final HttpClient client = HttpClient.newHttpClient();
    private final RedfishSimulator simulator = RedfishSimulator.start(false);

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void theServiceRootAdvertisesThePeriodFormWithLevelsAndTheProcessorsComeWithTheirGpusMetricsInline()
            throws Exception {
        serve();

        JsonNode expand = get("/redfish/v1/").body().at("/ProtocolFeaturesSupported/ExpandQuery");
        Answer processors = get("/redfish/v1/Systems/srv-1/Processors?$expand=.($levels=2)");

        assertThat(expand.path("NoLinks").asBoolean()).isTrue();
        assertThat(expand.path("Levels").asBoolean()).isTrue();
        assertThat(expand.path("ExpandAll").asBoolean()).isFalse();
        assertThat(expand.path("MaxLevels").asInt()).isEqualTo(RedfishSimulator.MAX_EXPAND_LEVELS);
        assertThat(processors.status()).isEqualTo(200);
        JsonNode members = processors.body().path("Members");
        assertThat(members).hasSize(4); // 2 CPUs, 2 GPUs
        assertThat(members.get(0).path("ProcessorType").asText()).isEqualTo("CPU");
        JsonNode gpu1 = members.get(3);
        assertThat(gpu1.path("SerialNumber").asText()).isEqualTo("SRV1-GPU1");
        assertThat(gpu1.at("/EnvironmentMetrics/@odata.id").asText())
                .isEqualTo("/redfish/v1/Systems/srv-1/Processors/GPU1/EnvironmentMetrics");
        // 10,000 W, half of it over 2 cards.
        assertThat(gpu1.at("/EnvironmentMetrics/PowerWatts/Reading").asLong()).isEqualTo(2_500);
    }

    @Test
    void oneLevelExpandsMembersButNotTheirLinksAndLinksPropertiesStayLinks() throws Exception {
        serve();

        JsonNode processors = get("/redfish/v1/Systems/srv-1/Processors?$expand=.").body();
        JsonNode system = get("/redfish/v1/Systems/srv-1?%24expand=.%28%24levels%3D1%29").body();

        assertThat(processors.at("/Members/2/ProcessorType").asText()).isEqualTo("GPU");
        assertThat(processors.at("/Members/2/EnvironmentMetrics").size()).as("a bare link").isEqualTo(1);
        assertThat(system.at("/Processors/Members/3/@odata.id").asText())
                .isEqualTo("/redfish/v1/Systems/srv-1/Processors/GPU1");
        assertThat(system.at("/Processors/Members/3").size()).as("members one level further down").isEqualTo(1);
        assertThat(system.at("/Links/Chassis/0").size()).as("under Links: not expanded").isEqualTo(1);
    }

    @Test
    void withoutTheFeatureTheRootSaysNothingAndTheQueryIsNotImplemented() throws Exception {
        serve();
        simulator.setExpandQuery(RedfishSimulator.ExpandQuery.NOT_SUPPORTED);

        JsonNode root = get("/redfish/v1/").body();
        Answer refused = get("/redfish/v1/Systems/srv-1/Processors?$expand=.($levels=2)");
        Answer plain = get("/redfish/v1/Systems/srv-1/Processors");

        assertThat(root.has("ProtocolFeaturesSupported")).isFalse();
        assertThat(refused.status()).isEqualTo(501);
        assertThat(refused.body().at("/error/code").asText()).isEqualTo("Base.1.0.QueryNotSupported");
        assertThat(plain.status()).isEqualTo(200);
    }

    @Test
    void levelsBeyondTheAdvertisedMaximumAndUnsupportedQueriesAreRefused() throws Exception {
        serve();

        Answer tooDeep = get("/redfish/v1/Systems/srv-1/Processors?$expand=.($levels="
                + (RedfishSimulator.MAX_EXPAND_LEVELS + 1) + ")");
        Answer everything = get("/redfish/v1/Systems/srv-1/Processors?$expand=*");
        Answer select = get("/redfish/v1/Systems/srv-1/Processors?$select=Members");

        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(everything.status()).isEqualTo(501);
        assertThat(select.status()).isEqualTo(501);
    }

    private void serve() {
        simulator.addAccount("ops", "bmc-password-1");
        simulator.addServer(new VirtualServer("srv-1", List.of("SRV1-GPU0", "SRV1-GPU1"), true,
                ServerSignal.steady(10_000, 2, 0.5)));
    }

    private Answer get(String pathAndQuery) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + simulator.address().getPort() + pathAndQuery);
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).header("Authorization", BASIC)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private record Answer(int status, JsonNode body) {
    }
}
