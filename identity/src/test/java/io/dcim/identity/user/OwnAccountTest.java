package io.dcim.identity.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.identity.role.Role;
import io.dcim.testing.BothDatabases;
import io.dcim.testing.MutableClock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnAccountTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T08:00:00Z"));

    @BothDatabases
    void everyUserSavesTheirOwnLanguageAndGoesBackToTheBrowsersByClearingIt(Database db) {
        UserService users = new UserService(db, clock, 4);
        UserAccount analyst = users.create("lin", null, "a long enough secret", Set.of(Role.ANALYST));
        Caller lin = users.principal(analyst.getId()).orElseThrow().caller(Locale.ENGLISH);
        OwnAccount own = new OwnAccount(users);

        assertThat(own.language(lin)).isEmpty();
        own.setLanguage(lin, Language.SIMPLIFIED_CHINESE);
        assertThat(own.language(lin)).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(users.language(analyst.getId())).contains(Language.SIMPLIFIED_CHINESE);
        own.setLanguage(lin, null);
        assertThat(own.language(lin)).isEmpty();
    }

    @BothDatabases
    void aCallerWithoutAnAccountOrWithoutReadIsRefused(Database db) {
        OwnAccount own = new OwnAccount(new UserService(db, clock, 4));

        assertThatThrownBy(() -> own.setLanguage(Caller.system("job"), Language.ENGLISH))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> own.setLanguage(new Caller(1L, "nobody", Set.of(), Locale.ROOT), Language.ENGLISH))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void languagesAreKnownByTagAndLocale() {
        assertThat(Language.ofTag("zh-cn")).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.ofTag("fr")).isEmpty();
        assertThat(Language.of(Locale.TRADITIONAL_CHINESE)).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.ENGLISH);
    }
}
