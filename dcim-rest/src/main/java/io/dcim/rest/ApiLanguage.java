package io.dcim.rest;

import java.util.List;
import java.util.Locale;

/**
 * The language of the API's refusals, from the request's {@code Accept-Language}: Simplified Chinese
 * when the client ranks Chinese above English, else English, the default. Only the sentence changes:
 * status codes, field paths, error kinds and every value stay as they are, so a client can switch
 * languages without changing how it reads errors.
 */
final class ApiLanguage {

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private ApiLanguage() {
    }

    /** {@link Locale#ROOT} (the bundles' English) or {@link Locale#SIMPLIFIED_CHINESE}; a malformed header counts as none. */
    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ROOT;
        }
        try {
            List<Locale> preferred = Locale.filter(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return !preferred.isEmpty() && preferred.get(0).getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        } catch (IllegalArgumentException malformed) {
            return Locale.ROOT;
        }
    }

    /** The {@code Content-Language} of an answer in {@code locale}. */
    static String tag(Locale locale) {
        return Locale.ROOT.equals(locale) ? "en" : locale.toLanguageTag();
    }
}
