package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Unit prices of a fabric's parts in one currency; the catalog ships them in {@code /catalog/fabric-prices.csv}. */
public record FabricPrices(String currency, BigDecimal switchEach, BigDecimal dac, BigDecimal aoc, BigDecimal fibre,
        BigDecimal transceiver) {

    /** The shipped prices for a switch speed (e.g. 400 for NDR / 400GbE). */
    public static FabricPrices shipped(int portSpeedGbps) {
        Map<String, BigDecimal> prices = new HashMap<>();
        String currency = null;
        try (InputStream in = FabricPrices.class.getResourceAsStream("/catalog/fabric-prices.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",", -1);
                if (line.startsWith("#") || line.isBlank() || f[0].equals("speed_gbps")
                        || Integer.parseInt(f[0]) != portSpeedGbps) {
                    continue;
                }
                prices.put(f[1], new BigDecimal(f[2]));
                currency = f[3];
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (prices.size() < 5) {
            throw new InvalidValueException("portSpeedGbps", Message.of("inventory.fabric.noPrices", portSpeedGbps));
        }
        return new FabricPrices(currency, prices.get("switch"), prices.get("dac"), prices.get("aoc"), prices.get("fibre"),
                prices.get("transceiver"));
    }
}
