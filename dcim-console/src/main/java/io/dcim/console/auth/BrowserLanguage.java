package io.dcim.console.auth;

import io.dcim.identity.user.Language;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.request.Request;
import org.apache.wicket.request.http.WebRequest;

/**
 * The console language a browser asks for: the first language of its {@code Accept-Language}
 * (by weight) the product speaks, Chinese for any {@code zh}, English otherwise. Without the
 * header (scripts, tests) the console is English, whatever the server's own locale.
 */
final class BrowserLanguage {

    private BrowserLanguage() {
    }

    static Language of(Request request) {
        return request instanceof WebRequest web ? of(web.getHeader("Accept-Language")) : Language.ENGLISH;
    }

    static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return Language.ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            String language = range.getRange().split("-", 2)[0].toLowerCase(Locale.ROOT);
            if (range.getWeight() > 0 && (language.equals("zh") || language.equals("en"))) {
                return language.equals("zh") ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
            }
        }
        return Language.ENGLISH;
    }
}
