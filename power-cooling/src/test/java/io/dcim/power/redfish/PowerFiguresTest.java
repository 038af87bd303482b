package io.dcim.power.redfish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import io.dcim.power.collect.PollOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming read of a BMC's watts: the figure where it is, none where it is not, a failure where wrong. */
class PowerFiguresTest {

    private static final JsonPointer LEGACY = ServerLayout.PowerSource.legacyPower("/p").pointer();
    private static final JsonPointer METRICS = ServerLayout.PowerSource.environmentMetrics("/p").pointer();

    @Test
    void theDeprecatedPowerResourceIsReadFromItsFirstPowerControlPastEverythingElse() {
        String power = """
                {"@odata.id":"/redfish/v1/Chassis/1/Power","Voltages":[{"ReadingVolts":12.1,"Name":"PowerControl"}],
                 "PowerControl":[{"MemberId":"0","PowerMetrics":{"AverageConsumedWatts":900},
                                  "PowerConsumedWatts":10200.5},
                                 {"MemberId":"1","PowerConsumedWatts":1}],
                 "PowerSupplies":[]}""";

        assertThat(PowerFigures.at(bytes(power), LEGACY, "/Power")).isEqualByComparingTo("10200.5");
    }

    @Test
    void environmentMetricsGiveTheirReadingAndNullOrAbsentMeansNoFigure() {
        assertThat(PowerFigures.at(bytes("{\"PowerWatts\":{\"DataSourceUri\":\"x\",\"Reading\":638}}"), METRICS, "/m"))
                .isEqualByComparingTo("638");
        assertThat(PowerFigures.at(bytes("{\"PowerWatts\":{\"Reading\":null}}"), METRICS, "/m")).isNull();
        assertThat(PowerFigures.at(bytes("{\"Id\":\"EnvironmentMetrics\"}"), METRICS, "/m")).isNull();
        assertThat(PowerFigures.at(bytes("{\"PowerControl\":[]}"), LEGACY, "/p")).isNull();
    }

    @Test
    void aFigureThatIsNoNumberOrABodyThatIsNoObjectIsAWrongType() {
        assertThatThrownBy(() -> PowerFigures.at(bytes("{\"PowerWatts\":{\"Reading\":\"638 W\"}}"), METRICS,
                "/m/PowerWatts/Reading"))
                .isInstanceOfSatisfying(RedfishFailure.class, f -> assertThat(f.outcome())
                        .isEqualTo(PollOutcome.WRONG_TYPE))
                .hasMessage("bad answer: /m/PowerWatts/Reading is not a number");
        assertThatThrownBy(() -> PowerFigures.at(bytes("[1,2]"), METRICS, "/m"))
                .hasMessage("bad answer: /m is not a JSON object");
        assertThatThrownBy(() -> PowerFigures.at(bytes("<html>busy</html>"), METRICS, "/m"))
                .hasMessage("bad answer: /m is not JSON");
    }

    @Test
    void anExpandedProcessorCollectionGivesEachInlinedGpuMetricsAndLeavesBareLinksOut() {
        String processors = """
                {"@odata.id":"/S/1/Processors","Members@odata.count":4,"Members":[
                  {"@odata.id":"/S/1/Processors/CPU0","ProcessorType":"CPU","Status":{"State":"Enabled"}},
                  {"@odata.id":"/S/1/Processors/GPU0","ProcessorType":"GPU",
                   "EnvironmentMetrics":{"@odata.id":"/S/1/Processors/GPU0/EnvironmentMetrics",
                                         "PowerWatts":{"DataSourceUri":"u","Reading":612.5}}},
                  {"@odata.id":"/S/1/Processors/GPU1","ProcessorType":"GPU",
                   "EnvironmentMetrics":{"PowerWatts":{"Reading":null},"Id":"EnvironmentMetrics",
                                         "@odata.id":"/S/1/Processors/GPU1/EnvironmentMetrics"}},
                  {"@odata.id":"/S/1/Processors/GPU2","ProcessorType":"GPU",
                   "EnvironmentMetrics":{"@odata.id":"/S/1/Processors/GPU2/EnvironmentMetrics"}}]}""";

        Map<String, BigDecimal> watts = PowerFigures.expandedGpuWatts(bytes(processors), "/S/1/Processors");

        assertThat(watts).containsOnlyKeys("/S/1/Processors/GPU0/EnvironmentMetrics",
                "/S/1/Processors/GPU1/EnvironmentMetrics");
        assertThat(watts.get("/S/1/Processors/GPU0/EnvironmentMetrics")).isEqualByComparingTo("612.5");
        assertThat(watts.get("/S/1/Processors/GPU1/EnvironmentMetrics")).as("a sensor warming up").isNull();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
