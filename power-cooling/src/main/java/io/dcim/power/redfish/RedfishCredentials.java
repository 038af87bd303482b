package io.dcim.power.redfish;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.power.collect.Credentials;
import io.dcim.power.collect.Protocol;
import io.dcim.power.secret.Secret;

/** A BMC account: the user is shown, the password is a {@link Secret} and prints as {@code ****}. */
public record RedfishCredentials(String user, Secret password) implements Credentials {

    public RedfishCredentials {
        if (user == null || user.isBlank()) {
            throw new InvalidValueException("user", Message.of("power.field.notEmpty"));
        }
        if (password == null || password.isEmpty()) {
            throw new InvalidValueException("password", Message.of("power.field.notEmpty"));
        }
    }

    public static RedfishCredentials of(String user, String password) {
        return new RedfishCredentials(user, password == null ? null : Secret.of(password));
    }

    @Override
    public Protocol protocol() {
        return Protocol.REDFISH;
    }
}
