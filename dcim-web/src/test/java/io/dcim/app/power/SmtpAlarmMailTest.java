package io.dcim.app.power;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.dcim.common.error.InvalidValueException;
import io.dcim.power.alarm.AlarmEvent;
import io.dcim.power.alarm.AlarmKind;
import io.dcim.power.alarm.AlarmNotifier;
import io.dcim.power.alarm.AlarmState;
import io.dcim.power.alarm.AlarmView;
import io.dcim.power.alarm.Severity;
import io.dcim.power.alarm.SubjectType;
import io.dcim.app.config.AppConfig;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alarm mail through a real SMTP server (GreenMail) on a loopback port, with SMTP authentication. */
class SmtpAlarmMailTest {

    private GreenMail smtp;

    @BeforeEach
    void startSmtpServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.setUser("dcim@example.com", "dcim", "s3cret-pass");
        smtp.start();
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void aRaisedAlarmIsMailedToEveryRecipientThroughTheConfiguredServer() throws Exception {
        SmtpSettings settings = SmtpSettings.from(Map.of("DCIM_SMTP_HOST", "127.0.0.1",
                "DCIM_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "DCIM_SMTP_STARTTLS", "off",
                "DCIM_SMTP_FROM", "dcim@example.com", "DCIM_SMTP_TO", "noc@example.com, oncall@example.com",
                "DCIM_SMTP_USER", "dcim", "DCIM_SMTP_PASSWORD", "s3cret-pass", "DCIM_LANGUAGE", "en"));
        try (SmtpMailSender sender = new SmtpMailSender(settings)) {
            AlarmNotifier notifier = AlarmNotifiers.of(settings, sender);

            notifier.notify(new AlarmEvent(AlarmEvent.Type.RAISED, alarm(Severity.CRITICAL)));
            notifier.notify(new AlarmEvent(AlarmEvent.Type.ACKNOWLEDGED, alarm(Severity.CRITICAL)));

            assertThat(smtp.waitForIncomingEmail(10_000, 1)).as("one SMTP transaction").isTrue();
            assertThat(smtp.getReceivedMessages()).as("one mail per recipient").hasSize(2);
        }
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("[dcim] CRITICAL raised: Hall 1/A03 - cabinet power");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("dcim@example.com");
        assertThat(GreenMailUtil.getBody(received[0])).contains("draws 19.6 kW");
        assertThat(smtp.getReceivedMessagesForDomain("example.com")).hasSize(2);
    }

    @Test
    void aMailGivesTheAlarmsTimesOnItsSitesClock() throws Exception {
        SmtpSettings settings = SmtpSettings.from(Map.of("DCIM_SMTP_HOST", "127.0.0.1",
                "DCIM_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()), "DCIM_SMTP_STARTTLS", "off",
                "DCIM_SMTP_FROM", "dcim@example.com", "DCIM_SMTP_TO", "noc@example.com",
                "DCIM_SMTP_USER", "dcim", "DCIM_SMTP_PASSWORD", "s3cret-pass"));
        try (SmtpMailSender sender = new SmtpMailSender(settings)) {
            AlarmNotifiers.of(settings, sender, site -> site == 1 ? java.time.ZoneId.of("Asia/Shanghai")
                    : java.time.ZoneOffset.UTC).notify(new AlarmEvent(AlarmEvent.Type.RAISED, alarm(Severity.CRITICAL)));
            assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        }
        // Raised at 08:00 UTC: 16:00 in Inner Mongolia, where the people reading it are.
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0])).contains("2025-01-15 16:00:00 CST")
                .doesNotContain("08:00:00");
    }

    @Test
    void anUnreachableServerDoesNotHoldUpTheSweepThatRaisedTheAlarm() {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", 1, "dcim@example.com", java.util.List.of("noc@example.com"),
                false, null, null);
        try (SmtpMailSender sender = new SmtpMailSender(settings)) {
            long started = System.nanoTime();
            AlarmNotifiers.of(settings, sender).notify(new AlarmEvent(AlarmEvent.Type.RAISED, alarm(Severity.WARNING)));
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms spent on the caller's thread").isLessThan(500);
        }
    }

    @Test
    void settingsNameTheVariableThatIsWrongAndNeverShowThePassword() {
        assertThat(SmtpSettings.from(Map.of())).as("no host, no mail").isNull();
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("DCIM_SMTP_HOST", "mail", "DCIM_SMTP_TO", "noc@example.com")))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_SMTP_FROM:");
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("DCIM_SMTP_HOST", "mail", "DCIM_SMTP_FROM", "d@example.com",
                "DCIM_SMTP_TO", "noc"))).hasMessageStartingWith("DCIM_SMTP_TO:");
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("DCIM_SMTP_HOST", "mail", "DCIM_SMTP_FROM", "d@example.com",
                "DCIM_SMTP_TO", "noc@example.com", "DCIM_SMTP_PORT", "99999"))).hasMessageStartingWith("DCIM_SMTP_PORT:");
        assertThatThrownBy(() -> SmtpSettings.from(Map.of("DCIM_SMTP_HOST", "mail", "DCIM_SMTP_FROM", "d@example.com",
                "DCIM_SMTP_TO", "noc@example.com", "DCIM_SMTP_USER", "dcim"))).hasMessageStartingWith("DCIM_SMTP_PASSWORD:");
        SmtpSettings tls = SmtpSettings.from(Map.of("DCIM_SMTP_HOST", "mail.example.com", "DCIM_SMTP_FROM", "d@example.com",
                "DCIM_SMTP_TO", "noc@example.com", "DCIM_SMTP_USER", "dcim", "DCIM_SMTP_PASSWORD", "hunter2-secret"));
        assertThat(tls.startTls()).as("on unless turned off").isTrue();
        assertThat(tls.port()).isEqualTo(587);
        assertThat(tls.toString()).doesNotContain("hunter2-secret").contains("dcim:****@mail.example.com:587");
        AppConfig config = AppConfig.from(Map.of("DCIM_SMTP_HOST", "mail.example.com", "DCIM_SMTP_FROM", "d@example.com",
                "DCIM_SMTP_TO", "noc@example.com", "DCIM_SMTP_USER", "dcim", "DCIM_SMTP_PASSWORD", "hunter2-secret"));
        assertThat(config.smtp()).isEqualTo(tls);
        assertThat(config.toString()).doesNotContain("hunter2-secret").contains("smtp=smtp://dcim:****@");
    }

    private static AlarmView alarm(Severity severity) {
        Instant raised = Instant.parse("2025-01-15T08:00:00Z");
        return new AlarmView(7, 1, AlarmKind.CABINET_POWER, severity, AlarmState.ACTIVE, SubjectType.CABINET, 3,
                "Hall 1/A03", 1, 1L, 3L, null, raised, 98.0, new BigDecimal("95"),
                "Cabinet Hall 1/A03 draws 19.6 kW, 98.0 % of its contracted 20.0 kW (critical above 95 %)", raised,
                null, null, null, null, null, null);
    }
}
