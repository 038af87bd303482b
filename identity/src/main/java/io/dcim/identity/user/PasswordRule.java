package io.dcim.identity.user;

import io.dcim.common.error.Message;
import io.dcim.common.error.InvalidValueException;
import java.nio.charset.StandardCharsets;

/**
 * The one password rule, for people and for the first administrator's configured password:
 * at least {@value #MIN_LENGTH} characters, at most 72 bytes (bcrypt ignores what follows,
 * so a longer password would not be what is checked).
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    /** Returns the password when it follows the rule; otherwise names the field in the refusal. */
    public static String check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidValueException(field, Message.of("identity.password.tooShort", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidValueException(field, Message.of("identity.password.tooLong", MAX_BYTES));
        }
        return password;
    }
}
