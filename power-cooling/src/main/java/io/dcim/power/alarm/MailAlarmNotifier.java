package io.dcim.power.alarm;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Mails alarm events to the on-call list through a {@link MailSender}: by default raises and rises of any
 * severity and clears of critical alarms, so a mailbox is not flooded with every wobble of a warning.
 */
public final class MailAlarmNotifier implements AlarmNotifier {

    /** Raised, escalated, and cleared (critical alarms only, see {@link #wanted}). */
    public static final Set<AlarmEvent.Type> DEFAULT_EVENTS =
            EnumSet.of(AlarmEvent.Type.RAISED, AlarmEvent.Type.ESCALATED, AlarmEvent.Type.CLEARED);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", Locale.ROOT);

    private final MailSender sender;
    private final List<String> recipients;
    private final Severity minimum;
    private final Set<AlarmEvent.Type> events;
    private final ZoneId zone;

    /**
     * @param minimum the least severity mailed (WARNING: all)
     * @param zone    the zone times are written in (the site's)
     */
    public MailAlarmNotifier(MailSender sender, List<String> recipients, Severity minimum, Set<AlarmEvent.Type> events,
                             ZoneId zone) {
        if (recipients == null || recipients.isEmpty() || recipients.stream().anyMatch(r -> r == null || !r.contains("@"))) {
            throw new InvalidValueException("alarm.mail.to", Message.of("power.alarm.mailRecipients"));
        }
        this.sender = sender;
        this.recipients = List.copyOf(recipients);
        this.minimum = minimum;
        this.events = Set.copyOf(events);
        this.zone = zone;
    }

    @Override
    public void notify(AlarmEvent event) {
        if (wanted(event)) {
            sender.send(recipients, subject(event), body(event));
        }
    }

    boolean wanted(AlarmEvent event) {
        AlarmView a = event.alarm();
        if (!events.contains(event.type()) || a.severity().compareTo(minimum) < 0) {
            return false;
        }
        return event.type() != AlarmEvent.Type.CLEARED || a.severity() == Severity.CRITICAL;
    }

    String subject(AlarmEvent event) {
        AlarmView a = event.alarm();
        return "[dcim] " + a.severity() + " " + event.type().name().toLowerCase(Locale.ROOT) + ": " + a.subjectName()
                + " - " + a.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    String body(AlarmEvent event) {
        AlarmView a = event.alarm();
        StringBuilder b = new StringBuilder();
        b.append(a.message()).append("\n\n");
        b.append("Alarm:     ").append(a.id()).append(" (").append(a.kind()).append(", ").append(a.severity())
                .append(", ").append(a.state()).append(")\n");
        b.append("Raised:    ").append(TIME.format(a.raisedAt().atZone(zone))).append(" at ")
                .append(a.raisedValue()).append(' ').append(a.kind().unit()).append('\n');
        if (a.clearedAt() != null) {
            b.append("Cleared:   ").append(TIME.format(a.clearedAt().atZone(zone))).append(": ")
                    .append(a.clearReason()).append('\n');
        }
        if (a.ackedAt() != null) {
            b.append("Acknowledged by ").append(a.ackedBy()).append(": ").append(a.ackComment()).append('\n');
        }
        return b.toString();
    }
}
