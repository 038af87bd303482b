package io.dcim.power.alarm;

import java.util.List;

/**
 * Sends one plain-text mail. The power module ships no SMTP implementation: jakarta.mail (Eclipse Angus) is
 * not among the dependencies the parent pom manages. The application implements this over its mail library
 * (an SMTP session per configuration) and hands it to {@link MailAlarmNotifier}.
 */
@FunctionalInterface
public interface MailSender {

    void send(List<String> to, String subject, String body);
}
