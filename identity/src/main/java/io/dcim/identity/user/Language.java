package io.dcim.identity.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the product speaks: what a user may choose for their console. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag stored and shown in {@code <html lang>}: {@code en}, {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a locale: Chinese for any {@code zh}, English for everything else. */
    public static Language of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    public static Optional<Language> ofTag(String tag) {
        return tag == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag.trim())).findFirst();
    }
}
