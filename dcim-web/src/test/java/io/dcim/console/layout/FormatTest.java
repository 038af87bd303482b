package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.wicket.Session;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.Test;

/** Money on pages: the unit of the reader's language, and a loss signed before it, as finance writes it. */
class FormatTest {

    @Test
    void moneyCarriesItsSignBeforeTheCurrencyInBothLanguages() {
        // Wicket's mock application: a session to read the language from, without the console's services.
        WicketTester tester = new WicketTester();
        try {
            Session.get().setLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(Format.cny(new BigDecimal("8189051.505"))).isEqualTo("¥8,189,051.51");
            assertThat(Format.cny(new BigDecimal("-744917.17"))).isEqualTo("-¥744,917.17");
            Session.get().setLocale(Locale.ENGLISH);
            assertThat(Format.cny(new BigDecimal("1234.5"))).isEqualTo("CNY 1,234.50");
            assertThat(Format.cny(new BigDecimal("-744917.17"))).isEqualTo("-CNY 744,917.17");
            assertThat(Format.cny(null)).isEqualTo("—");
        } finally {
            tester.destroy();
        }
    }
}
