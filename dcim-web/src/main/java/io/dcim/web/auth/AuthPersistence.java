package io.dcim.web.auth;

import io.dcim.common.persistence.PersistenceUnit;
import java.util.List;

/** The console's own entities: users and API tokens. */
public final class AuthPersistence implements PersistenceUnit {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(UserAccount.class, ApiToken.class);
    }
}
