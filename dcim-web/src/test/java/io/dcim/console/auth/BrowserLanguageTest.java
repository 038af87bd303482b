package io.dcim.console.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.identity.user.Language;
import org.junit.jupiter.api.Test;

class BrowserLanguageTest {

    @Test
    void aChineseBrowserGetsSimplifiedChineseWhicheverChineseItNames() {
        assertThat(BrowserLanguage.of("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(BrowserLanguage.of("zh")).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(BrowserLanguage.of("zh-TW")).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(BrowserLanguage.of("fr-FR, zh-Hans;q=0.5")).as("the first language the product speaks")
                .isEqualTo(Language.SIMPLIFIED_CHINESE);
    }

    @Test
    void everyOtherBrowserAndNoHeaderAtAllGetEnglish() {
        assertThat(BrowserLanguage.of("en-US,en;q=0.9,zh-CN;q=0.8")).isEqualTo(Language.ENGLISH);
        assertThat(BrowserLanguage.of("de-DE")).isEqualTo(Language.ENGLISH);
        assertThat(BrowserLanguage.of((String) null)).isEqualTo(Language.ENGLISH);
        assertThat(BrowserLanguage.of("")).isEqualTo(Language.ENGLISH);
        assertThat(BrowserLanguage.of(";;;q=x")).as("a malformed header").isEqualTo(Language.ENGLISH);
        assertThat(BrowserLanguage.of("zh;q=0, en")).as("a language refused with q=0").isEqualTo(Language.ENGLISH);
    }
}
