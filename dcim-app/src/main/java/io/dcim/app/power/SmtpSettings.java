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
 */
public record SmtpSettings(String host, int port, String from, List<String> to, boolean startTls, String user,
                           String password) {

    public SmtpSettings {
        to = List.copyOf(to);
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
        return new SmtpSettings(host, port, from.trim(), to, startTls, user, user == null ? null : password);
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
