package io.dcim.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.app.config.SessionLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebSecuritySettingsTest {

    @Test
    void sessionsLast30MinutesIdleAnd12HoursAtMostWithNoProxyTrustedAndNoOtherOrigin() {
        AppConfig.WebSecurity security = AppConfig.from(Map.of()).security();

        assertThat(security.sessions()).isEqualTo(SessionLimits.DEFAULT);
        assertThat(security.sessions().idle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(security.sessions().lifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(security.trustProxy()).isFalse();
        assertThat(security.allowedOrigins()).isEmpty();
        assertThat(security.metrics()).as("metrics only to a token with metrics.read").isEqualTo(MetricsAccess.TOKEN);
    }

    @Test
    void metricsAreOffOpenOrForATokenAndNothingElse() {
        assertThat(AppConfig.from(Map.of("DCIM_METRICS", "OFF")).security().metrics()).isEqualTo(MetricsAccess.OFF);
        assertThat(AppConfig.from(Map.of("DCIM_METRICS", " open")).security().metrics()).isEqualTo(MetricsAccess.OPEN);
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_METRICS", "public")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_METRICS:");
    }

    @Test
    void readsSessionLimitsProxyTrustAndAllowedOrigins() {
        AppConfig.WebSecurity security = AppConfig.from(Map.of("DCIM_SESSION_IDLE", "90s", "DCIM_SESSION_LIFETIME", "2d",
                "DCIM_TRUST_PROXY", "on", "DCIM_ALLOWED_ORIGINS", "https://Ops.Example.com, http://wall:8080")).security();

        assertThat(security.sessions()).isEqualTo(new SessionLimits(Duration.ofSeconds(90), Duration.ofDays(2)));
        assertThat(security.trustProxy()).isTrue();
        assertThat(security.allowedOrigins()).containsExactlyInAnyOrder("https://ops.example.com", "http://wall:8080");
    }

    @Test
    void badValuesAreRefusedNamingTheVariable() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_SESSION_IDLE", "30")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_SESSION_IDLE:");
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_SESSION_LIFETIME", "0h")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_SESSION_LIFETIME:");
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_TRUST_PROXY", "maybe")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_TRUST_PROXY:");
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_ALLOWED_ORIGINS", "https://ops.example.com/console")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_ALLOWED_ORIGINS:");
    }

    /** Refused before the database is even opened: a bad password must not leave a migrated, seeded database. */
    @Test
    void aShortAdminPasswordIsRefusedBeforeAnythingStarts(@TempDir Path dataDir) throws Exception {
        assertThatThrownBy(() -> AppConfig.from(Map.of("DCIM_DATA_DIR", dataDir.toString(), "DCIM_ADMIN_PASSWORD", "short")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("DCIM_ADMIN_PASSWORD: must be at least 12 characters");
        try (var files = Files.list(dataDir)) {
            assertThat(files).isEmpty();
        }
        assertThat(AppConfig.from(Map.of("DCIM_ADMIN_PASSWORD", "twelve chars")).adminPassword()).isEqualTo("twelve chars");
    }
}
