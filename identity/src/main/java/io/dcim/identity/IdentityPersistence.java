package io.dcim.identity;

import io.dcim.common.persistence.PersistenceUnit;
import io.dcim.identity.user.ApiToken;
import io.dcim.identity.user.UserAccount;
import java.util.List;

/** Identity's entities: users and their API tokens. */
public final class IdentityPersistence implements PersistenceUnit {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(UserAccount.class, ApiToken.class);
    }
}
