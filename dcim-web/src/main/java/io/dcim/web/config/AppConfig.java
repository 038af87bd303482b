package io.dcim.web.config;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.DatabaseConfig;
import io.dcim.inventory.demo.DemoScale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The whole configuration, in one place. Every setting is an environment variable with a
 * documented default; a properties file named by {@code DCIM_CONFIG_FILE} (same keys)
 * overrides them. With nothing set, the application runs on an H2 file under ./data with
 * the small demo site.
 */
public record AppConfig(int port, Path dataDir, DatabaseConfig database, DemoScale demo, String adminPassword,
        String secretKey, boolean snmpSimulator, io.dcim.web.power.SmtpSettings smtp) {

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
                : new DatabaseConfig(url.trim(), settings.get("DCIM_DB_USER"), settings.get("DCIM_DB_PASSWORD"), 20);
        try {
            database.kind();
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("DCIM_DB_URL", "use jdbc:h2:… or jdbc:postgresql://host:5432/db");
        }
        return new AppConfig(port, dataDir, database, DemoScale.parse(settings.get("DCIM_DEMO")),
                settings.get("DCIM_ADMIN_PASSWORD"), settings.get("DCIM_SECRET_KEY"),
                onOff("DCIM_SNMP_SIMULATOR", settings.getOrDefault("DCIM_SNMP_SIMULATOR", "on")),
                io.dcim.web.power.SmtpSettings.from(settings));
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
                + ", smtp=" + (smtp == null ? "unset" : smtp) + "]";
    }
}
