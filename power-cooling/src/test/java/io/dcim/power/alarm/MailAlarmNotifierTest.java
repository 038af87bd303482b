package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailAlarmNotifierTest {

    /** Mail delivery cannot be real on a test machine: the sender records what it would send. */
    private final List<String> sent = new ArrayList<>();
    private final MailAlarmNotifier notifier = new MailAlarmNotifier((to, subject, body) -> sent.add(to + "|" + subject
            + "|" + body), List.of("noc@example.com"), Severity.WARNING, MailAlarmNotifier.DEFAULT_EVENTS,
            ZoneId.of("Asia/Shanghai"));

    @Test
    void mailsRaisesAndRisesWithTheMessageAndTheTimeInTheSitesZone() {
        notifier.notify(new AlarmEvent(AlarmEvent.Type.RAISED, alarm(Severity.WARNING, AlarmState.ACTIVE)));

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail).startsWith("[noc@example.com]|[dcim] WARNING raised: Hall 1/A03 - cabinet power|");
            assertThat(mail).contains("Cabinet Hall 1/A03 draws 16.4 kW").contains("Raised:    2025-01-15 16:00:00 CST");
        });
    }

    @Test
    void clearsAreMailedForCriticalAlarmsOnlyAndAcknowledgementsNotAtAll() {
        notifier.notify(new AlarmEvent(AlarmEvent.Type.CLEARED, alarm(Severity.WARNING, AlarmState.CLEARED)));
        notifier.notify(new AlarmEvent(AlarmEvent.Type.ACKNOWLEDGED, alarm(Severity.CRITICAL, AlarmState.ACTIVE)));
        notifier.notify(new AlarmEvent(AlarmEvent.Type.CLEARED, alarm(Severity.CRITICAL, AlarmState.CLEARED)));

        assertThat(sent).singleElement().asString().contains("CRITICAL cleared").contains("Cleared:   ");
    }

    @Test
    void refusesAnEmptyOrMalformedRecipientList() {
        assertThatThrownBy(() -> new MailAlarmNotifier((to, s, b) -> { }, List.of("noc"), Severity.WARNING,
                MailAlarmNotifier.DEFAULT_EVENTS, ZoneId.of("UTC")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("alarm.mail.to:");
    }

    @Test
    void writesEachRecipientInTheirLanguageAndBothLanguagesToWhoeverHasNone() {
        List<String> mails = new ArrayList<>();
        MailAlarmNotifier byLanguage = new MailAlarmNotifier((to, subject, body) -> mails.add(to + "|" + subject + "|" + body),
                List.of("noc@example.cn", "cfo@example.com", "new@example.com"), Severity.WARNING,
                MailAlarmNotifier.DEFAULT_EVENTS, ZoneId.of("Asia/Shanghai"), recipient -> switch (recipient) {
                    case "noc@example.cn" -> List.of(java.util.Locale.SIMPLIFIED_CHINESE);
                    case "cfo@example.com" -> List.of(java.util.Locale.ROOT);
                    default -> List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ROOT);
                });
        AlarmView raised = raisedWithKey();

        byLanguage.notify(new AlarmEvent(AlarmEvent.Type.RAISED, raised));

        assertThat(mails).hasSize(3);
        assertThat(mails.get(0)).startsWith("[noc@example.cn]|[dcim] 【警告】产生：Hall 1/A03 - 机柜功率|")
                .contains("机柜 Hall 1/A03 功率 16.4 kW，为合同功率 20.0 kW 的 82.0%（超过警告阈值 80%）")
                .contains("产生时间：2025-01-15 16:00:00 CST").doesNotContain("draws");
        assertThat(mails.get(1)).startsWith("[cfo@example.com]|[dcim] WARNING raised: Hall 1/A03 - cabinet power|")
                .contains("Cabinet Hall 1/A03 draws 16.4 kW, 82.0 % of its contracted 20.0 kW (warning above 80 %)")
                .doesNotContain("机柜");
        assertThat(mails.get(2)).startsWith("[new@example.com]|[dcim] 【警告】产生：Hall 1/A03 - 机柜功率 / WARNING raised:")
                .contains("机柜 Hall 1/A03 功率 16.4 kW").contains("Cabinet Hall 1/A03 draws 16.4 kW");
    }

    /** An alarm as raised since texts have keys: the message by key and arguments, worded per reader. */
    private static AlarmView raisedWithKey() {
        AlarmView old = alarm(Severity.WARNING, AlarmState.ACTIVE);
        return new AlarmView(old.id(), old.version(), old.kind(), old.severity(), old.state(), old.subjectType(),
                old.subjectId(), old.subjectName(), old.siteId(), old.roomId(), old.cabinetId(), old.targetId(),
                old.raisedAt(), old.raisedValue(), old.level(), old.message(), old.severityChangedAt(), null, null, null,
                null, null, null, "power.alarm.text.cabinetPower", List.of("Hall 1/A03", "16.4", "82.0", "20.0", "80"),
                null, List.of());
    }

    private static AlarmView alarm(Severity severity, AlarmState state) {
        Instant raised = Instant.parse("2025-01-15T08:00:00Z");
        boolean cleared = state == AlarmState.CLEARED;
        return new AlarmView(7, 1, AlarmKind.CABINET_POWER, severity, state, SubjectType.CABINET, 3, "Hall 1/A03", 1,
                1L, 3L, null, raised, 82.0, new BigDecimal("80"),
                "Cabinet Hall 1/A03 draws 16.4 kW, 82.0 % of its contracted 20.0 kW (warning above 80 %)", raised,
                cleared ? raised.plusSeconds(600) : null, cleared ? 74.0 : null, cleared ? "back to 75 % or less" : null,
                null, null, null);
    }
}
