package io.dcim.forecasting.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchDataTest {

    private static final String ALL_VALUES = """
            "id","t","value"
            "q",1,1
            "q",2,2
            "q",3,3
            "q",4,4
            "q",5,5
            "q",6,6
            "q",7,7
            "q",8,8
            "hh",1,10
            "hh",2,11
            "hh",3,12
            "hh",4,13
            """;

    @TempDir
    Path dir;

    /** The files as r-forecasts.R writes them with write.csv: quoted strings, NA for what R could not compute. */
    private void writeExport(String values) throws IOException {
        Files.writeString(dir.resolve("series.csv"), """
                "id","source","period","seasons","horizon","train_length"
                "q","datasets","quarter","4",2,6
                "hh","forecast","half-hour","48 336",1,3
                """);
        Files.writeString(dir.resolve("values.csv"), values);
        Files.writeString(dir.resolve("r-forecasts.csv"), """
                "id","method","step","point","lo80","hi80","lo95","hi95"
                "q","auto.arima",1,7.5,7,8,6.5,8.5
                "q","auto.arima",2,8.5,8,9,7.5,9.5
                "hh","auto.arima",1,NA,NA,NA,NA,NA
                """);
        Files.writeString(dir.resolve("r-models.csv"), """
                "id","method","model","seconds","cpu_seconds","note"
                "q","auto.arima","ARIMA(0,1,1)(0,1,1)[4] with ""drift""\",0.25,0.125,""
                "hh","auto.arima","ARIMA(1,0,0)",0.5,0.5,"a warning, with a comma"
                """);
    }

    @Test
    void readsTheSplitTheSeasonsAndRsForecastWithItsQuotedModelName() throws IOException {
        writeExport(ALL_VALUES);

        BenchData data = BenchData.read(dir);

        BenchSeries q = data.series().get(0);
        assertThat(q.id()).isEqualTo("q");
        assertThat(q.training()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(q.actual()).containsExactly(7, 8);
        assertThat(data.series().get(1).seasons()).containsExactly(48, 336);
        assertThat(data.rMethods()).containsExactly("auto.arima");
        BenchForecast f = data.r("q", "auto.arima").orElseThrow();
        assertThat(f.point()).containsExactly(7.5, 8.5);
        assertThat(f.lower95()).containsExactly(6.5, 7.5);
        assertThat(f.cpuSeconds()).isEqualTo(0.125);
        assertThat(data.rModel("q", "auto.arima")).isEqualTo("ARIMA(0,1,1)(0,1,1)[4] with \"drift\"");
    }

    @Test
    void aForecastWithMissingValuesCountsAsNoForecast() throws IOException {
        writeExport(ALL_VALUES);

        assertThat(BenchData.read(dir).r("hh", "auto.arima")).isEmpty();
    }

    @Test
    void aSeriesWhoseValuesDoNotAddUpToTrainingPlusHorizonIsRefusedByName() throws IOException {
        writeExport("""
                "id","t","value"
                "q",1,1
                "q",2,2
                "hh",1,10
                "hh",2,11
                "hh",3,12
                "hh",4,13
                """);

        assertThatThrownBy(() -> BenchData.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 values for q")
                .hasMessageContaining("6 + 2");
    }
}
