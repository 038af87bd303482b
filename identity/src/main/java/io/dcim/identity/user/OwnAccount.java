package io.dcim.identity.user;

import static io.dcim.common.access.Permission.READ;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.util.Optional;

/**
 * What signed-in users change on their own account, whatever their roles: every user may
 * ({@code read}, which every role holds), and only ever on the account they are signed in with.
 */
public final class OwnAccount {

    private final UserService users;

    public OwnAccount(UserService users) {
        this.users = users;
    }

    /** The console language the caller chose, empty when they follow their browser's. */
    public Optional<Language> language(Caller caller) {
        return UseCase.call(caller, READ, () -> users.language(self(caller)));
    }

    /** Saves the caller's console language; null goes back to following the browser. */
    public void setLanguage(Caller caller, Language language) {
        UseCase.perform(caller, READ, () -> users.setLanguage(self(caller), language));
    }

    /** Jobs and tools act for no account: they have no own settings to change. */
    private static long self(Caller caller) {
        if (caller.userId() == null) {
            throw new InvalidValueException("user", Message.of("identity.user.noAccount", caller.username()));
        }
        return caller.userId();
    }
}
