package io.dcim.app.config;

import io.dcim.common.error.InvalidValueException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Collector mode's settings ({@code DCIM_MODE=collector}): where the central API is, the collector's token (or a
 * file holding it), where its buffer lives and how large it may grow, how often it sweeps and asks for its targets.
 * No database setting: a collector has none. The token never appears in {@link #toString()}.
 */
public record CollectorSettings(URI centralUrl, String token, Path bufferDir, long bufferBytes, Duration sweep,
                                Duration refresh, int redfishMaxInFlight, int healthPort) {

    public static final long DEFAULT_BUFFER_MB = 256;
    public static final int DEFAULT_HEALTH_PORT = 8080;
    /** {@link #healthPort()} when {@code DCIM_COLLECTOR_HEALTH_PORT=off}: no {@code /health} served. */
    public static final int NO_HEALTH = -1;

    /** True when the environment asks for collector mode ({@code DCIM_MODE=collector}; {@code central}, or unset, is the server). */
    public static boolean requested(Map<String, String> env) {
        String mode = env.getOrDefault("DCIM_MODE", "").trim().toLowerCase(Locale.ROOT);
        if (mode.isEmpty() || mode.equals("central")) {
            return false;
        }
        if (mode.equals("collector")) {
            return true;
        }
        throw new InvalidValueException("DCIM_MODE", "'" + mode + "' is not a mode: central (default) or collector");
    }

    public static CollectorSettings fromEnvironment() {
        return from(System.getenv());
    }

    public static CollectorSettings from(Map<String, String> env) {
        URI central = central(env.get("DCIM_CENTRAL_URL"));
        String token = token(env);
        Path dataDir = Path.of(env.getOrDefault("DCIM_DATA_DIR", "./data"));
        long mb = number("DCIM_COLLECTOR_BUFFER_MB", env.get("DCIM_COLLECTOR_BUFFER_MB"), DEFAULT_BUFFER_MB, 1, 1_000_000);
        Duration sweep = env.containsKey("DCIM_COLLECTOR_SWEEP")
                ? AppConfig.duration("DCIM_COLLECTOR_SWEEP", env.get("DCIM_COLLECTOR_SWEEP")) : Duration.ofSeconds(10);
        Duration refresh = env.containsKey("DCIM_COLLECTOR_REFRESH")
                ? AppConfig.duration("DCIM_COLLECTOR_REFRESH", env.get("DCIM_COLLECTOR_REFRESH")) : Duration.ofMinutes(1);
        int inFlight = (int) number("DCIM_REDFISH_MAX_IN_FLIGHT", env.get("DCIM_REDFISH_MAX_IN_FLIGHT"), 512, 1, 10_000);
        String health = env.getOrDefault("DCIM_COLLECTOR_HEALTH_PORT", "").trim();
        int healthPort = health.equalsIgnoreCase("off") ? NO_HEALTH
                : (int) number("DCIM_COLLECTOR_HEALTH_PORT", health, DEFAULT_HEALTH_PORT, 0, 65_535);
        return new CollectorSettings(central, token, dataDir.resolve("collector-buffer"), mb * 1024 * 1024, sweep,
                refresh, inFlight, healthPort);
    }

    /** The last target list, sealed with a key from the token, beside the buffer (not inside it: not a segment). */
    public Path targetsFile() {
        return bufferDir.resolveSibling("collector-targets.sealed");
    }

    private static URI central(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("DCIM_CENTRAL_URL", "collector mode needs the central's address,"
                    + " e.g. https://dcim.example.com");
        }
        try {
            URI uri = URI.create(value.trim().replaceAll("/+$", ""));
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("DCIM_CENTRAL_URL", "'" + value + "' is not an http(s) address");
        }
    }

    /** DCIM_COLLECTOR_TOKEN, or the first line of the file DCIM_COLLECTOR_TOKEN_FILE names (a container secret). */
    private static String token(Map<String, String> env) {
        String token = env.get("DCIM_COLLECTOR_TOKEN");
        String file = env.get("DCIM_COLLECTOR_TOKEN_FILE");
        if (token != null && !token.isBlank() && file != null && !file.isBlank()) {
            throw new InvalidValueException("DCIM_COLLECTOR_TOKEN", "set DCIM_COLLECTOR_TOKEN or DCIM_COLLECTOR_TOKEN_FILE,"
                    + " not both");
        }
        if (file != null && !file.isBlank()) {
            try {
                token = Files.readString(Path.of(file.trim()), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            } catch (IOException e) {
                throw new InvalidValueException("DCIM_COLLECTOR_TOKEN_FILE", "cannot read " + file.trim());
            }
        }
        if (token == null || token.isBlank()) {
            throw new InvalidValueException("DCIM_COLLECTOR_TOKEN", "collector mode needs the collector's token"
                    + " (shown once when an admin added the collector)");
        }
        token = token.trim();
        if (!token.startsWith("dcimc_") || token.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            // The value is a secret: the message never repeats it.
            throw new InvalidValueException("DCIM_COLLECTOR_TOKEN", "is not a collector token (they start with dcimc_)");
        }
        return token;
    }

    private static long number(String key, String value, long defaultValue, long min, long max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, "'" + value + "' is not a whole number from " + min + " to " + max);
        }
    }

    @Override
    public String toString() {
        return "collector of " + centralUrl + ", token ****, buffer " + bufferDir + " (" + bufferBytes / (1024 * 1024)
                + " MiB), sweep " + sweep + ", targets refreshed every " + refresh
                + (healthPort == NO_HEALTH ? ", no /health" : ", /health on port " + healthPort);
    }
}
