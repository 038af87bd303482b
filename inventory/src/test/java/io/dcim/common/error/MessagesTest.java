package io.dcim.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.text.Fields;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aRefusalReadsInEnglishForTheApiAndInThePeoplesLanguageOnPages() {
        InvalidValueException e = Assertions.catchThrowableOfType(InvalidValueException.class,
                () -> Fields.required("assetTag", " ", 64));

        assertThat(e.getMessage()).isEqualTo("assetTag: is required");
        assertThat(e.field()).isEqualTo("assetTag");
        assertThat(e.reason(Locale.ENGLISH)).isEqualTo("is required");
        assertThat(e.reason(CHINESE)).isEqualTo("为必填项");
        assertThat(e.why().key()).isEqualTo("common.field.required");
    }

    @Test
    void numbersAreNotGroupedAndArgumentsFollowTheLocalesWordOrder() {
        InvalidValueException tooLong = Assertions.catchThrowableOfType(InvalidValueException.class,
                () -> Fields.optional("notes", "x".repeat(2001), 2000));
        assertThat(tooLong.getMessage()).isEqualTo("notes: is 2001 characters long; at most 2000");
        assertThat(tooLong.reason(CHINESE)).isEqualTo("长度为 2001 个字符，最多 2000 个");

        InvalidValueException control = Assertions.catchThrowableOfType(InvalidValueException.class,
                () -> Fields.optional("name", "ab\u0000", 20));
        assertThat(control.reason(Locale.ENGLISH)).isEqualTo("contains the control character U+0000 at position 3; remove it");
        assertThat(control.reason(CHINESE)).isEqualTo("第 3 个字符是控制字符 U+0000，请删除");
    }

    @Test
    void kindsOfObjectAreNamedInTheSameLanguageAndIdsAreNotFormattedAsNumbers() {
        NotFoundException missing = new NotFoundException(Message.noun(io.dcim.inventory.device.Device.class, "device"), 12345);
        assertThat(missing.getMessage()).isEqualTo("device 12345 does not exist");
        assertThat(missing.reason(CHINESE)).isEqualTo("设备 12345 不存在");
        assertThat(new NotFoundException("widget", 7).reason(CHINESE)).as("a noun without a key stays as written")
                .isEqualTo("widget 7 不存在");
    }

    @Test
    void aMissingPermissionIsNamedByItsCode() {
        NotPermittedException refused = Assertions.catchThrowableOfType(NotPermittedException.class,
                () -> Caller.of("ana", Permission.READ).require(Permission.DEVICE_MOVE));
        assertThat(refused.getMessage()).isEqualTo("ana does not hold the permission device.move");
        assertThat(refused.missing()).isEqualTo(Permission.DEVICE_MOVE);
        assertThat(refused.reason(CHINESE)).isEqualTo("ana 没有权限 device.move");
    }

    @Test
    void aStateWithNowhereToGoSaysSoInEitherLanguage() {
        IllegalTransitionException e = new IllegalTransitionException("status", Thread.State.TERMINATED, Thread.State.NEW,
                List.of());
        assertThat(e.getMessage()).isEqualTo("status: cannot go from TERMINATED to NEW; allowed: none");
        assertThat(e.reason(CHINESE)).isEqualTo("不能从 TERMINATED 变为 NEW；允许变为：无");
    }

    @Test
    void aListOfReasonsIsJoinedInTheReadersLanguage() {
        Message listed = Message.of("common.transition.refused", "A", "B",
                List.of(Message.of("common.field.required"), Message.of("common.transition.none")));
        assertThat(listed.toString()).isEqualTo("cannot go from A to B; allowed: is required; none");
        assertThat(Messages.text(listed, CHINESE)).isEqualTo("不能从 A 变为 B；允许变为：为必填项；无");
    }

    @Test
    void theJvmsDefaultLocaleDoesNotDecide() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(CHINESE);
            assertThat(Messages.text(Message.of("common.field.required"), Locale.ENGLISH)).isEqualTo("is required");
            assertThat(Messages.text(Message.of("common.field.required"), Locale.ROOT)).isEqualTo("is required");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anUnknownKeyFallsBackRatherThanFailing() {
        assertThat(Messages.text(Message.of("common.nothing.here"), CHINESE)).isEqualTo("common.nothing.here");
        assertThat(Messages.text(Message.literal("as written"), CHINESE)).isEqualTo("as written");
    }
}
