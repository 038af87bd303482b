package io.dcim.app.config;

import io.dcim.app.config.SessionLimits;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.identity.user.PasswordRule;
import io.dcim.inventory.demo.DemoScale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The whole configuration, in one place. Every setting is an environment variable with a
 * documented default; a properties file named by {@code DCIM_CONFIG_FILE} (same keys)
 * overrides them. With nothing set, the application runs on an H2 file under ./data with
 * the small demo site.
 */
public record AppConfig(int port, Path dataDir, DatabaseConfig database, DemoScale demo, String adminPassword,
        String secretKey, boolean snmpSimulator, boolean demoPowerHistory, io.dcim.app.power.SmtpSettings smtp,
        WebSecurity security, Redfish redfish) {

    /**
     * @param maxInFlight   HTTP requests to BMCs in flight at once ({@code DCIM_REDFISH_MAX_IN_FLIGHT})
     * @param simulatorTls  the demo's built-in Redfish simulator serves HTTPS with a self-signed certificate its
     *                      endpoints trust ({@code DCIM_REDFISH_SIMULATOR_TLS}), else plain HTTP
     */
    public record Redfish(int maxInFlight, boolean simulatorTls) {

        public static final Redfish DEFAULT = new Redfish(512, true);
    }

    /**
     * @param sessions       console session idle time and absolute lifetime
     * @param trustProxy     whether X-Forwarded-Proto/-For from a reverse proxy are believed (only
     *                       behind one: then cookies are Secure when the proxy speaks HTTPS)
     * @param allowedOrigins other origins (scheme://host[:port]) whose pages may call the API
     * @param metrics        who may read {@code /metrics}
     */
    public record WebSecurity(SessionLimits sessions, boolean trustProxy, Set<String> allowedOrigins,
            MetricsAccess metrics) {

        public static final WebSecurity DEFAULT = new WebSecurity(SessionLimits.DEFAULT, false, Set.of(),
                MetricsAccess.TOKEN);
    }

    public static final int DEFAULT_PORT = 8080;

    public static AppConfig fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads the settings from a map of variables (the environment, or a test's own). */
    public static AppConfig from(Map<String, String> environment) {
        Map<String, String> settings = new HashMap<>(environment);
        String file = settings.get("DCIM_CONFIG_FILE");
        if (file != null && !file.isBlank()) {
            settings.putAll(readProperties(Path.of(file)));
        }
        int port = port(settings.getOrDefault("DCIM_PORT", String.valueOf(DEFAULT_PORT)));
        Path dataDir = Path.of(settings.getOrDefault("DCIM_DATA_DIR", "./data"));
        String url = settings.get("DCIM_DB_URL");
        DatabaseConfig database = url == null || url.isBlank()
                ? DatabaseConfig.h2File(dataDir)
                : new DatabaseConfig(url.trim(), settings.get("DCIM_DB_USER"), settings.get("DCIM_DB_PASSWORD"),
                        whole("DCIM_DB_POOL", settings.getOrDefault("DCIM_DB_POOL", "20"), 2, 500, "connections"));
        try {
            database.kind();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("DCIM_DB_URL", "use jdbc:h2:… or jdbc:postgresql://host:5432/db");
        }
        String adminPassword = settings.get("DCIM_ADMIN_PASSWORD");
        if (adminPassword != null && !adminPassword.isEmpty()) {
            // Checked before anything starts: a refused password must not leave a migrated, seeded database behind.
            PasswordRule.check("DCIM_ADMIN_PASSWORD", adminPassword);
        }
        return new AppConfig(port, dataDir, database, DemoScale.parse(settings.get("DCIM_DEMO")),
                adminPassword, settings.get("DCIM_SECRET_KEY"),
                onOff("DCIM_SNMP_SIMULATOR", settings.getOrDefault("DCIM_SNMP_SIMULATOR", "on")),
                onOff("DCIM_DEMO_POWER_HISTORY", settings.getOrDefault("DCIM_DEMO_POWER_HISTORY", "on")),
                io.dcim.app.power.SmtpSettings.from(settings), security(settings), redfish(settings));
    }

    private static Redfish redfish(Map<String, String> settings) {
        int limit = whole("DCIM_REDFISH_MAX_IN_FLIGHT", settings.getOrDefault("DCIM_REDFISH_MAX_IN_FLIGHT", "512"),
                1, 10_000, "requests");
        return new Redfish(limit, onOff("DCIM_REDFISH_SIMULATOR_TLS",
                settings.getOrDefault("DCIM_REDFISH_SIMULATOR_TLS", "on")));
    }

    /** A whole number of {@code what} from {@code min} to {@code max}, or a refusal naming the setting. */
    private static int whole(String name, String text, int min, int max, String what) {
        int value;
        try {
            value = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            value = min - 1;
        }
        if (value < min || value > max) {
            throw new InvalidValueException(name, "'" + text.trim() + "' is not a number of " + what + " between " + min
                    + " and " + max);
        }
        return value;
    }

    private static WebSecurity security(Map<String, String> settings) {
        SessionLimits sessions = new SessionLimits(
                duration("DCIM_SESSION_IDLE", settings.getOrDefault("DCIM_SESSION_IDLE", "30m")),
                duration("DCIM_SESSION_LIFETIME", settings.getOrDefault("DCIM_SESSION_LIFETIME", "12h")));
        boolean trustProxy = onOff("DCIM_TRUST_PROXY", settings.getOrDefault("DCIM_TRUST_PROXY", "off"));
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : settings.getOrDefault("DCIM_ALLOWED_ORIGINS", "").split(",")) {
            if (!origin.isBlank()) {
                origins.add(origin(origin.trim()));
            }
        }
        return new WebSecurity(sessions, trustProxy, Set.copyOf(origins),
                MetricsAccess.parse(settings.getOrDefault("DCIM_METRICS", "token")));
    }

    /** A duration as a number and a unit: {@code 90s}, {@code 30m}, {@code 12h}, {@code 2d}. */
    static Duration duration(String key, String value) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,6})\\s*([smhd])\\s*")
                .matcher(value.toLowerCase(java.util.Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new InvalidValueException(key, "'" + value + "' is not a duration such as 90s, 30m, 12h or 2d");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** An origin as browsers send it in the Origin header: scheme://host[:port], lower case, no path. */
    private static String origin(String value) {
        try {
            java.net.URI uri = new java.net.URI(value);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || (uri.getPath() != null && !uri.getPath().isEmpty())
                    || uri.getQuery() != null || uri.getUserInfo() != null) {
                throw new java.net.URISyntaxException(value, "not an origin");
            }
            return uri.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
                    + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (java.net.URISyntaxException e) {
            throw new InvalidValueException("DCIM_ALLOWED_ORIGINS",
                    "'" + value + "' is not an origin such as https://ops.example.com or http://host:8080");
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("DCIM_PORT", "'" + value + "' is not a TCP port (0–65535)");
        }
    }

    private static Map<String, String> readProperties(Path file) {
        if (!Files.isReadable(file)) {
            throw new InvalidValueException("DCIM_CONFIG_FILE", file + " cannot be read");
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("DCIM_CONFIG_FILE: " + file + " could not be read", e);
        }
        Map<String, String> values = new HashMap<>();
        properties.forEach((key, value) -> values.put(key.toString(), value.toString()));
        return values;
    }

    private static boolean onOff(String key, String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new InvalidValueException(key, "'" + value + "' is neither on nor off");
        };
    }

    /** Secrets stay out of logs: the database password is masked by its config, the admin password here. */
    @Override
    public String toString() {
        return "AppConfig[port=" + port + ", dataDir=" + dataDir + ", database=" + database + ", demo=" + demo
                + ", adminPassword=" + (adminPassword == null ? "unset" : "****")
                + ", secretKey=" + (secretKey == null ? "unset" : "****") + ", snmpSimulator=" + snmpSimulator
                + ", demoPowerHistory=" + demoPowerHistory + ", smtp=" + (smtp == null ? "unset" : smtp)
                + ", security=" + security + ", redfish=" + redfish + "]";
    }
}
