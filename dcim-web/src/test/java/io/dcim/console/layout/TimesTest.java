package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final Instant AT = Instant.parse("2026-12-06T08:05:09Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aTimeIsWrittenOnTheSitesClockWithItsOffsetNamedInEnglishOutsideARequest() {
        assertThat(Times.minute(AT, SHANGHAI)).isEqualTo("6 Dec 2026, 16:05 UTC+8");
        assertThat(Times.second(AT, SHANGHAI)).isEqualTo("6 Dec 2026, 16:05:09 UTC+8");
        assertThat(Times.minute(AT, ZoneOffset.UTC)).isEqualTo("6 Dec 2026, 08:05 UTC");
    }

    @Test
    void aChineseReaderReadsYearMonthDayInCharacters() {
        assertThat(Times.minute(AT, SHANGHAI, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026\u5e7412\u67086\u65e5 16:05 UTC+8");
        assertThat(Times.second(AT, SHANGHAI, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026\u5e7412\u67086\u65e5 16:05:09 UTC+8");
        assertThat(Times.date(LocalDate.of(2027, 3, 1), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2027\u5e743\u67081\u65e5");
        assertThat(Times.month(YearMonth.of(2027, 3), Locale.SIMPLIFIED_CHINESE)).isEqualTo("2027\u5e743\u6708");
    }

    @Test
    void englishPutsTheDayFirstAndTheMonthInLettersSoNoDayReadsAsAMonth() {
        assertThat(Times.date(LocalDate.of(2027, 3, 12), Locale.ENGLISH)).isEqualTo("12 Mar 2027");
        assertThat(Times.date(LocalDate.of(2027, 3, 12), Locale.US)).isEqualTo("12 Mar 2027");
        assertThat(Times.month(YearMonth.of(2027, 3), Locale.ENGLISH)).isEqualTo("Mar 2027");
    }

    @Test
    void offsetsFollowSummerTimeAndHalfHours() {
        assertThat(Times.offset(ZoneId.of("Europe/Berlin"), Instant.parse("2026-07-01T00:00:00Z"))).isEqualTo("UTC+2");
        assertThat(Times.offset(ZoneId.of("Europe/Berlin"), AT)).isEqualTo("UTC+1");
        assertThat(Times.offset(ZoneId.of("Asia/Kolkata"), AT)).isEqualTo("UTC+5:30");
        assertThat(Times.offset(ZoneId.of("America/St_Johns"), AT)).isEqualTo("UTC-3:30");
    }

    @Test
    void noTimeNoDayNoMonthIsADash() {
        assertThat(Times.minute(null, ZoneOffset.UTC)).isEqualTo("—");
        assertThat(Times.date(null)).isEqualTo("—");
        assertThat(Times.month(null)).isEqualTo("—");
    }
}
