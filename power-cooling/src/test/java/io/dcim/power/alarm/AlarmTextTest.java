package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AlarmTextTest {

    @Test
    void argumentsSurviveTheColumnWhateverTheyContain() {
        AlarmText text = AlarmText.of("power.alarm.text.unreachable", "pdu|A\\1", 3, "", AlarmText.word("power.alarm.outcome.TIMEOUT"));

        assertThat(AlarmText.storedArgs(text.storedArgs())).containsExactly("pdu|A\\1", "3", "", "§power.alarm.outcome.TIMEOUT");
        assertThat(AlarmText.of("power.alarm.clear.unmeasured").storedArgs()).isNull();
    }

    @Test
    void anAlarmReadsInTheReadersLanguageAndAnOldOneInItsStoredEnglish() {
        Instant at = Instant.parse("2025-01-15T08:00:00Z");
        AlarmView keyed = new AlarmView(1, 0, AlarmKind.TARGET_UNREACHABLE, Severity.CRITICAL, AlarmState.CLEARED,
                SubjectType.TARGET, 9, "pdu-A01-A", 1, null, null, 9L, at, 5, new BigDecimal("5"), "stored English", at,
                at, 0.0, "back below 3 polls", null, null, null, "power.alarm.text.unreachable",
                AlarmText.storedArgs(AlarmText.of("power.alarm.text.unreachable", "pdu-A01-A", 5,
                        AlarmText.word("power.alarm.outcome.TIMEOUT"), "", "5").storedArgs()),
                "power.alarm.clear.backBelow", List.of("3", AlarmText.word("power.alarm.unit.TARGET_UNREACHABLE")));

        AlarmView chinese = keyed.worded(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese.message()).isEqualTo("采集目标 pdu-A01-A 连续 5 次未采集到数据，最近一次为超时（达到严重阈值 5 次）");
        assertThat(chinese.clearReason()).isEqualTo("已回落到 3 次 以下");
        AlarmView english = keyed.worded(Locale.ROOT);
        assertThat(english.message()).isEqualTo("Target pdu-A01-A missed 5 polls in a row, last TIMEOUT (critical at 5 polls)");
        assertThat(english.clearReason()).isEqualTo("back below 3 polls");

        AlarmView old = new AlarmView(2, 0, AlarmKind.CABINET_POWER, Severity.WARNING, AlarmState.ACTIVE,
                SubjectType.CABINET, 3, "Hall 1/A03", 1, 1L, 3L, null, at, 82, new BigDecimal("80"),
                "Cabinet Hall 1/A03 draws 16.4 kW", at, null, null, null, null, null, null);
        assertThat(old.worded(Locale.SIMPLIFIED_CHINESE).message()).isEqualTo("Cabinet Hall 1/A03 draws 16.4 kW");
    }
}
