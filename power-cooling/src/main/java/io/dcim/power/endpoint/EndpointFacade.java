package io.dcim.power.endpoint;

import static io.dcim.common.access.Permission.POWER_CONFIGURE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.persistence.Database;

/**
 * The endpoint use cases as every door calls them (console, API): adding, changing (credentials included) and
 * removing an endpoint to poll (an SNMP agent or a server's BMC over Redfish) need {@code power.configure}, each in one transaction under the caller's name.
 * Lists, single endpoints and what the sweep polls are read from {@link TargetService}.
 */
public final class EndpointFacade {

    private final Database db;
    private final TargetService targets;
    private final RedfishTargets redfish;

    public EndpointFacade(Database db, TargetService targets) {
        this(db, targets, new RedfishTargets(db, targets));
    }

    public EndpointFacade(Database db, TargetService targets, RedfishTargets redfish) {
        this.db = db;
        this.targets = targets;
        this.redfish = redfish;
    }

    public TargetView create(Caller caller, TargetSpec spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> targets.create(spec));
    }

    /** Changes an endpoint read at {@code expectedVersion}; null credentials in the spec keep the stored ones. */
    public TargetView update(Caller caller, long id, int expectedVersion, TargetSpec spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> targets.edit(id, expectedVersion, spec));
    }

    /** Registers a server's BMC as a Redfish endpoint. */
    public RedfishTargetView createRedfish(Caller caller, RedfishTargetSpec spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> redfish.create(spec));
    }

    /** Changes a BMC's endpoint read at {@code expectedVersion}; a null password keeps the stored one. */
    public RedfishTargetView updateRedfish(Caller caller, long id, int expectedVersion, RedfishTargetSpec spec) {
        return UseCase.run(db, caller, POWER_CONFIGURE, session -> redfish.edit(id, expectedVersion, spec));
    }

    /** Removes an endpoint (SNMP or Redfish) with its poll status and all its readings. */
    public void delete(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, POWER_CONFIGURE, session -> targets.delete(id, expectedVersion));
    }
}
