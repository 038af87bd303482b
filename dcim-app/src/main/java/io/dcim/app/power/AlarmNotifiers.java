package io.dcim.app.power;

import io.dcim.power.alarm.AlarmNotifier;
import io.dcim.power.alarm.LogAlarmNotifier;
import io.dcim.power.alarm.MailAlarmNotifier;
import io.dcim.power.alarm.Severity;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/** The alarm notifiers the configuration asks for: always the log, plus mail when SMTP is configured. */
public final class AlarmNotifiers {

    private AlarmNotifiers() {
    }

    /**
     * @param smtp   null for no mail
     * @param sender the sender built from {@code smtp} (owned and closed by the caller), null without SMTP
     */
    public static AlarmNotifier of(SmtpSettings smtp, SmtpMailSender sender) {
        return of(smtp, sender, site -> ZoneOffset.UTC);
    }

    /**
     * @param siteZone the zone of a site: a mail gives the alarm's times on its site's clock, as the pages do
     */
    public static AlarmNotifier of(SmtpSettings smtp, SmtpMailSender sender, LongFunction<ZoneId> siteZone) {
        if (smtp == null || sender == null) {
            return new LogAlarmNotifier();
        }
        Map<ZoneId, MailAlarmNotifier> byZone = new ConcurrentHashMap<>();
        AlarmNotifier mail = event -> byZone.computeIfAbsent(siteZone.apply(event.alarm().siteId()),
                zone -> new MailAlarmNotifier(sender, smtp.to(), Severity.WARNING, MailAlarmNotifier.DEFAULT_EVENTS,
                        zone, smtp::languagesOf)).notify(event);
        return AlarmNotifier.all(List.of(new LogAlarmNotifier(), mail));
    }
}
