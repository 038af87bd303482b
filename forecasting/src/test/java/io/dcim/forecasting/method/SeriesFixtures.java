package io.dcim.forecasting.method;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the public reference series kept under src/test/resources/series. */
public final class SeriesFixtures {

    private SeriesFixtures() {
    }

    public static double[] load(String name) {
        try (InputStream in = SeriesFixtures.class.getResourceAsStream("/series/" + name + ".txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .mapToDouble(Double::parseDouble)
                    .toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
