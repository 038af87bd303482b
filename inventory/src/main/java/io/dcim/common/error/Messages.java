package io.dcim.common.error;

import io.dcim.common.text.DateTexts;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Resolves {@link Message}s from each module's bundle: a key {@code <module>.…} is looked up in
 * {@code io/dcim/<module>/messages[_<locale>].properties} (UTF-8), English being the bundle without
 * a locale; patterns are {@link MessageFormat}s (a quote is written {@code ''}). The JVM's default
 * locale never decides: a server in Shanghai answers an English browser in English.
 *
 * <p>An argument that is a {@link Message} is resolved in the same locale; one that is a
 * {@link List} is resolved item by item and joined with the locale's separator
 * ({@code common.list.separator}: "; " in English, "；" in Chinese), so a refusal can list
 * several reasons without concatenating English. A date argument (a day, a month, a moment) is written as the
 * locale writes it ({@link DateTexts#argument}), so the domain passes dates typed, never pre-formatted.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Message message, Locale locale) {
        if (message.key() == null) {
            return message.fallback();
        }
        String pattern = pattern(message.key(), locale == null ? Locale.ROOT : locale);
        if (pattern == null) {
            return message.fallback() != null ? message.fallback() : message.key();
        }
        Object[] args = message.args().stream().map(a -> argument(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    private static Object argument(Object arg, Locale locale) {
        if (arg instanceof Message m) {
            return text(m, locale);
        }
        String date = DateTexts.argument(arg, locale);
        if (date != null) {
            return date;
        }
        if (arg instanceof List<?> items) {
            String separator = pattern("common.list.separator", locale);
            return items.stream().map(item -> String.valueOf(argument(item, locale)))
                    .collect(Collectors.joining(separator == null ? "; " : separator));
        }
        return arg;
    }

    private static String pattern(String key, Locale locale) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("io.dcim." + key.substring(0, dot) + ".messages", locale,
                    Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
