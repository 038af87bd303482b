package io.dcim.app.power;

import io.dcim.common.error.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where alarm mail goes: {@code DCIM_SMTP_HOST} (unset: no mail), {@code DCIM_SMTP_PORT} (587 with STARTTLS, else
 * 25), {@code DCIM_SMTP_FROM}, {@code DCIM_SMTP_TO} (comma-separated), {@code DCIM_SMTP_STARTTLS} (on by default:
 * a password is never sent in clear unless someone says so), {@code DCIM_SMTP_USER} and
 * {@code DCIM_SMTP_PASSWORD}. The password is never part of {@link #toString()}.
 *
 * <p>The language of the mails: {@code DCIM_SMTP_LANGUAGES} names a recipient's
 * ({@code noc@example.com=zh-CN, cfo@example.com=en}), {@code DCIM_LANGUAGE} the site's default for the others
 * ({@code zh-CN} or {@code en}); a recipient with neither gets each mail in Chinese and in English.
 *
 * @param languages the language of each recipient who has one
 * @param language  the default for the others; null: Chinese and English both
 */
public record SmtpSettings(String host, int port, String from, List<String> to, boolean startTls, String user,
                           String password, Map<String, Locale> languages, Locale language) {

    /** The two languages a mail is written in when nobody said which: Chinese first, the reference operator's. */
    public static final List<Locale> BOTH = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ROOT);

    public SmtpSettings {
        to = List.copyOf(to);
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }

    /** Settings that name no language: every mail in Chinese and in English. */
    public SmtpSettings(String host, int port, String from, List<String> to, boolean startTls, String user,
                        String password) {
        this(host, port, from, to, startTls, user, password, Map.of(), null);
    }

    /** The languages a mail to {@code recipient} is written in, one or both. */
    public List<Locale> languagesOf(String recipient) {
        Locale known = languages.get(recipient.toLowerCase(Locale.ROOT));
        if (known != null) {
            return List.of(known);
        }
        return language != null ? List.of(language) : BOTH;
    }

    /** The settings in a map of variables, or null when {@code DCIM_SMTP_HOST} is not set. */
    public static SmtpSettings from(Map<String, String> settings) {
        String host = blankToNull(settings.get("DCIM_SMTP_HOST"));
        if (host == null) {
            return null;
        }
        boolean startTls = onOff("DCIM_SMTP_STARTTLS", settings.getOrDefault("DCIM_SMTP_STARTTLS", "on"));
        int port = port(settings.getOrDefault("DCIM_SMTP_PORT", startTls ? "587" : "25"));
        String from = blankToNull(settings.get("DCIM_SMTP_FROM"));
        if (from == null || !from.contains("@")) {
            throw new InvalidValueException("DCIM_SMTP_FROM", "is required with DCIM_SMTP_HOST: the sender's address");
        }
        String toList = settings.getOrDefault("DCIM_SMTP_TO", "");
        List<String> to = Arrays.stream(toList.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (to.isEmpty() || to.stream().anyMatch(a -> !a.contains("@"))) {
            throw new InvalidValueException("DCIM_SMTP_TO", "needs one or more addresses, comma-separated, each with an @");
        }
        String user = blankToNull(settings.get("DCIM_SMTP_USER"));
        String password = settings.get("DCIM_SMTP_PASSWORD");
        if (user != null && (password == null || password.isEmpty())) {
            throw new InvalidValueException("DCIM_SMTP_PASSWORD", "is required with DCIM_SMTP_USER");
        }
        Map<String, Locale> languages = new java.util.HashMap<>();
        for (String entry : settings.getOrDefault("DCIM_SMTP_LANGUAGES", "").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || !parts[0].contains("@")) {
                throw new InvalidValueException("DCIM_SMTP_LANGUAGES", "'" + entry.trim()
                        + "' is not address=language, e.g. noc@example.com=zh-CN");
            }
            languages.put(parts[0].trim().toLowerCase(Locale.ROOT), language("DCIM_SMTP_LANGUAGES", parts[1]));
        }
        String language = blankToNull(settings.get("DCIM_LANGUAGE"));
        return new SmtpSettings(host, port, from.trim(), to, startTls, user, user == null ? null : password, languages,
                language == null ? null : language("DCIM_LANGUAGE", language));
    }

    /** Chinese (zh, zh-CN, zh-Hans…) or English: the two languages the product speaks. */
    private static Locale language(String key, String value) {
        String tag = value.trim().toLowerCase(Locale.ROOT);
        if (tag.startsWith("zh")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (tag.startsWith("en")) {
            return Locale.ROOT;
        }
        throw new InvalidValueException(key, "'" + value.trim() + "' is neither zh-CN nor en");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("DCIM_SMTP_PORT", "'" + value + "' is not a TCP port (1–65535)");
        }
    }

    private static boolean onOff(String key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new InvalidValueException(key, "'" + value + "' is neither on nor off");
        };
    }

    @Override
    public String toString() {
        return "smtp://" + (user == null ? "" : user + ":****@") + host + ":" + port + (startTls ? " (STARTTLS)" : "")
                + " from " + from + " to " + String.join(", ", to);
    }
}
