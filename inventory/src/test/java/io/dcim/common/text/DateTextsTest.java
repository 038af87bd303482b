package io.dcim.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTextsTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Late afternoon in UTC is already the next day in Shanghai. */
    private static final Instant LATE = Instant.parse("2026-12-06T16:30:00Z");

    @Test
    void daysMonthsAndMomentsReadAsEachLanguageWritesThem() {
        LocalDate day = LocalDate.of(2026, 12, 7);
        assertThat(DateTexts.day(day, Locale.ENGLISH)).isEqualTo("7 Dec 2026");
        assertThat(DateTexts.day(day, CHINESE)).isEqualTo("2026年12月7日");
        assertThat(DateTexts.month(YearMonth.of(2026, 12), Locale.ENGLISH)).isEqualTo("Dec 2026");
        assertThat(DateTexts.month(YearMonth.of(2026, 12), CHINESE)).isEqualTo("2026年12月");
        assertThat(DateTexts.monthOfYear(YearMonth.of(2026, 12), CHINESE)).isEqualTo("12月");
        assertThat(DateTexts.minute(LATE, SHANGHAI, Locale.ENGLISH)).isEqualTo("7 Dec 2026, 00:30 UTC+8");
        assertThat(DateTexts.minute(LATE, SHANGHAI, CHINESE)).isEqualTo("2026年12月7日 00:30 UTC+8");
        assertThat(DateTexts.day(null, CHINESE)).isEqualTo("—");
    }

    @Test
    void aRefusalsDateArgumentsAreTypedAndWrittenInTheReadersLanguage() {
        Message refusal = Message.of("inventory.reservation.expiresBeforeToday", LocalDate.of(2026, 12, 7));
        assertThat(Messages.text(refusal, Locale.ENGLISH)).isEqualTo("give a date from today (7 Dec 2026) on");
        assertThat(Messages.text(refusal, CHINESE)).contains("2026年12月7日").doesNotContain("2026-12-07");
        assertThat(refusal.toString()).as("the API's English").contains("7 Dec 2026");

        Message month = Message.of("inventory.reservation.expiresBeforeToday", YearMonth.of(2026, 12));
        assertThat(Messages.text(month, CHINESE)).contains("2026年12月").doesNotContain("2026-12");
        Message moment = Message.of("inventory.reservation.expiresBeforeToday", LATE.atZone(SHANGHAI));
        assertThat(Messages.text(moment, Locale.ENGLISH)).contains("(7 Dec 2026, 00:30 UTC+8)");
        Message bare = Message.of("inventory.reservation.expiresBeforeToday", LATE);
        assertThat(Messages.text(bare, CHINESE)).as("an instant without a site is on UTC's clock, labelled")
                .contains("2026年12月6日 16:30 UTC");
    }
}
