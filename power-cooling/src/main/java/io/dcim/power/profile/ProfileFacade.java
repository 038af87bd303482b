package io.dcim.power.profile;

import static io.dcim.common.access.Permission.POWER_CONFIGURE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;

/**
 * The device-profile use cases as every door calls them: adding (upload or paste) and removing a profile need
 * {@code power.configure} and are recorded under the caller's name. The list and a stored file are read from
 * {@link AdminProfiles}.
 */
public final class ProfileFacade {

    private final AdminProfiles profiles;

    public ProfileFacade(AdminProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * Validates a profile file and stores it; the next sweep polls with it. The service's own transaction is the
     * use case's: the catalog takes the profile only once the row has committed.
     */
    public DeviceProfile add(Caller caller, String fileName, String body) {
        return UseCase.call(caller, POWER_CONFIGURE, () -> profiles.add(fileName, body));
    }

    /** Removes a profile an admin added, unless a target still polls with it. */
    public void remove(Caller caller, String id) {
        UseCase.perform(caller, POWER_CONFIGURE, () -> profiles.remove(id));
    }
}
