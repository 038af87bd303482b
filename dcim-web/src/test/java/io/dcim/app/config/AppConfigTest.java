package io.dcim.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.DatabaseKind;
import io.dcim.inventory.demo.DemoScale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppConfigTest {

    @Test
    void runsOnAnH2FileUnderDataWithTheSmallDemoWhenNothingIsSet() {
        AppConfig config = AppConfig.from(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.demo()).isEqualTo(DemoScale.SMALL);
        assertThat(config.database().kind()).isEqualTo(DatabaseKind.H2);
        assertThat(config.database().url()).startsWith("jdbc:h2:file:").contains("data");
        assertThat(config.snmpSimulator()).isTrue();
        assertThat(config.demoPowerHistory()).as("the demo's charts full at the first start").isTrue();
    }

    @Test
    void takesTheDemosPowerHistoryOffOrRefusesAnythingButOnAndOff() {
        assertThat(AppConfig.from(Map.of("DCIM_DEMO_POWER_HISTORY", "off")).demoPowerHistory()).isFalse();
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_DEMO_POWER_HISTORY", "maybe")))
                .isInstanceOf(InvalidValueException.class).hasMessage("DCIM_DEMO_POWER_HISTORY: 'maybe' is neither on nor off");
    }

    @Test
    void takesPostgresqlFromTheEnvironmentAndKeepsThePasswordOutOfItsDescription() {
        AppConfig config = AppConfig.from(Map.of("DCIM_DB_URL", "jdbc:postgresql://db:5432/dcim",
                "DCIM_DB_USER", "dcim", "DCIM_DB_PASSWORD", "s3cret-value", "DCIM_DEMO", "off", "DCIM_PORT", "9090"));

        assertThat(config.database().kind()).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(config.database().password()).isEqualTo("s3cret-value");
        assertThat(config.toString()).doesNotContain("s3cret-value");
        assertThat(config.demo()).isEqualTo(DemoScale.OFF);
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.database().maxPoolSize()).as("the default pool").isEqualTo(20);
        assertThat(AppConfig.from(Map.of("DCIM_DB_URL", "jdbc:postgresql://db:5432/dcim", "DCIM_DB_POOL", " 8 "))
                .database().maxPoolSize()).isEqualTo(8);
    }

    @Test
    void aPropertiesFileOverridesTheEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dcim.properties");
        Files.writeString(file, "DCIM_PORT=9191\nDCIM_DEMO=full\n");

        AppConfig config = AppConfig.from(Map.of("DCIM_CONFIG_FILE", file.toString(), "DCIM_PORT", "8081"));

        assertThat(config.port()).isEqualTo(9191);
        assertThat(config.demo()).isEqualTo(DemoScale.FULL);
    }

    @Test
    void badValuesAreRefusedNamingTheVariable() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_PORT", "eighty")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_PORT:");
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_DB_URL", "jdbc:mysql://x/y")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_DB_URL:");
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_DB_URL", "jdbc:postgresql://db/dcim", "DCIM_DB_POOL", "1")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("DCIM_DB_POOL: '1' is not a number of connections between 2 and 500");
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_REDFISH_MAX_IN_FLIGHT", "many")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_REDFISH_MAX_IN_FLIGHT:");
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_DEMO", "medium")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_DEMO:");
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_CONFIG_FILE", "/nonexistent/dcim.properties")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_CONFIG_FILE:");
    }
}
