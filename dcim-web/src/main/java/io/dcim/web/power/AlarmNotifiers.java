package io.dcim.web.power;

import io.dcim.power.alarm.AlarmNotifier;
import io.dcim.power.alarm.LogAlarmNotifier;
import io.dcim.power.alarm.MailAlarmNotifier;
import io.dcim.power.alarm.Severity;
import java.time.ZoneOffset;
import java.util.List;

/** The alarm notifiers the configuration asks for: always the log, plus mail when SMTP is configured. */
public final class AlarmNotifiers {

    private AlarmNotifiers() {
    }

    /**
     * @param smtp   null for no mail
     * @param sender the sender built from {@code smtp} (owned and closed by the caller), null without SMTP
     */
    public static AlarmNotifier of(SmtpSettings smtp, SmtpMailSender sender) {
        if (smtp == null || sender == null) {
            return new LogAlarmNotifier();
        }
        return AlarmNotifier.all(List.of(new LogAlarmNotifier(), new MailAlarmNotifier(sender, smtp.to(),
                Severity.WARNING, MailAlarmNotifier.DEFAULT_EVENTS, ZoneOffset.UTC)));
    }
}
