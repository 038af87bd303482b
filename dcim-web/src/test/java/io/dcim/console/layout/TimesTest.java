package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:05:09Z");

    @Test
    void aTimeIsWrittenOnTheSitesClockWithItsOffsetNamed() {
        assertThat(Times.minute(AT, ZoneId.of("Asia/Shanghai"))).isEqualTo("2026-12-06 16:05 UTC+8");
        assertThat(Times.second(AT, ZoneId.of("Asia/Shanghai"))).isEqualTo("2026-12-06 16:05:09 UTC+8");
        assertThat(Times.minute(AT, ZoneOffset.UTC)).isEqualTo("2026-12-06 08:05 UTC");
    }

    @Test
    void offsetsFollowSummerTimeAndHalfHours() {
        assertThat(Times.offset(ZoneId.of("Europe/Berlin"), Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo("UTC+2");
        assertThat(Times.offset(ZoneId.of("Europe/Berlin"), AT)).isEqualTo("UTC+1");
        assertThat(Times.offset(ZoneId.of("Asia/Kolkata"), AT)).isEqualTo("UTC+5:30");
        assertThat(Times.offset(ZoneId.of("America/St_Johns"), AT)).isEqualTo("UTC-3:30");
    }

    @Test
    void noTimeIsADash() {
        assertThat(Times.minute(null, ZoneOffset.UTC)).isEqualTo("—");
    }
}
