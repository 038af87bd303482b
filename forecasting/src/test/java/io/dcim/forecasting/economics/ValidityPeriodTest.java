package io.dcim.forecasting.economics;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.error.InvalidValueException;
import java.time.LocalDate;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** A price's period refused with its dates as the reader writes them, in either language; the field stays named. */
class ValidityPeriodTest {

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedWithItsDatesInTheReadersLanguage() {
        InvalidValueException e = Assertions.catchThrowableOfType(InvalidValueException.class,
                () -> ValidityPeriod.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 1)));

        assertThat(e.field()).isEqualTo("validTo");
        assertThat(e.reason(Locale.ENGLISH)).isEqualTo("ends on 1 Dec 2026, before it starts on 7 Dec 2026");
        assertThat(e.reason(Locale.SIMPLIFIED_CHINESE)).isEqualTo("结束日 2026年12月1日 早于开始日 2026年12月7日");
        assertThat(e.why().args()).as("typed, resolved at the door")
                .containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 7));
    }
}
