package io.dcim.power.alarm;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    private final Function<String, List<Locale>> languages;

    /** Mails in English to everyone. */
    public MailAlarmNotifier(MailSender sender, List<String> recipients, Severity minimum, Set<AlarmEvent.Type> events,
                             ZoneId zone) {
        this(sender, recipients, minimum, events, zone, recipient -> List.of(Locale.ROOT));
    }

    /**
     * @param minimum   the least severity mailed (WARNING: all)
     * @param zone      the zone times are written in (the site's)
     * @param languages the languages a recipient reads, one or more: a mail in two is written in both, one after
     *                  the other, so that nobody gets an alarm they cannot read
     */
    public MailAlarmNotifier(MailSender sender, List<String> recipients, Severity minimum, Set<AlarmEvent.Type> events,
                             ZoneId zone, Function<String, List<Locale>> languages) {
        if (recipients == null || recipients.isEmpty() || recipients.stream().anyMatch(r -> r == null || !r.contains("@"))) {
            throw new InvalidValueException("alarm.mail.to", Message.of("power.alarm.mailRecipients"));
        }
        this.sender = sender;
        this.recipients = List.copyOf(recipients);
        this.minimum = minimum;
        this.events = Set.copyOf(events);
        this.zone = zone;
        this.languages = languages;
    }

    /** One mail per group of recipients reading the same languages. */
    @Override
    public void notify(AlarmEvent event) {
        if (!wanted(event)) {
            return;
        }
        Map<List<Locale>, List<String>> byLanguages = new LinkedHashMap<>();
        for (String recipient : recipients) {
            byLanguages.computeIfAbsent(languages.apply(recipient), l -> new ArrayList<>()).add(recipient);
        }
        byLanguages.forEach((locales, to) -> sender.send(to, subject(event, locales), body(event, locales)));
    }

    boolean wanted(AlarmEvent event) {
        AlarmView a = event.alarm();
        if (!events.contains(event.type()) || a.severity().compareTo(minimum) < 0) {
            return false;
        }
        return event.type() != AlarmEvent.Type.CLEARED || a.severity() == Severity.CRITICAL;
    }

    String subject(AlarmEvent event) {
        return subject(event, List.of(Locale.ROOT));
    }

    String body(AlarmEvent event) {
        return body(event, List.of(Locale.ROOT));
    }

    private String subject(AlarmEvent event, List<Locale> locales) {
        AlarmView a = event.alarm();
        return "[dcim] " + locales.stream().map(l -> text(l, "power.mail.subject", word(l, "power.mail.severity.", a.severity()),
                word(l, "power.mail.event.", event.type()), a.subjectName(), word(l, "power.mail.kind.", a.kind())))
                .collect(Collectors.joining(" / "));
    }

    private String body(AlarmEvent event, List<Locale> locales) {
        return locales.stream().map(l -> body(event, l)).collect(Collectors.joining("\n----\n\n"));
    }

    private String body(AlarmEvent event, Locale l) {
        AlarmView a = event.alarm();
        StringBuilder b = new StringBuilder();
        b.append(Messages.text(AlarmTexts.message(a), l)).append("\n\n");
        b.append(text(l, "power.mail.alarm", String.valueOf(a.id()), word(l, "power.AlarmKind.", a.kind()),
                word(l, "power.Severity.", a.severity()), word(l, "power.AlarmState.", a.state()))).append('\n');
        b.append(text(l, "power.mail.raised", TIME.format(a.raisedAt().atZone(zone)), String.valueOf(a.raisedValue()),
                word(l, "power.alarm.unit.", a.kind()))).append('\n');
        if (a.clearedAt() != null) {
            b.append(text(l, "power.mail.cleared", TIME.format(a.clearedAt().atZone(zone)),
                    Messages.text(AlarmTexts.clearReason(a), l))).append('\n');
        }
        if (a.ackedAt() != null) {
            b.append(text(l, "power.mail.acknowledged", a.ackedBy(), a.ackComment())).append('\n');
        }
        return b.toString();
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.text(Message.of(key, args), locale);
    }

    private static String word(Locale locale, String prefix, Enum<?> value) {
        String key = prefix + value.name();
        return Messages.text(Message.of(key), locale);
    }
}
