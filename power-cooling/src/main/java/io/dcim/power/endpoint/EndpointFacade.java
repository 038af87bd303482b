package io.dcim.power.endpoint;

import static io.dcim.common.access.Permission.POWER_CONFIGURE;

import io.dcim.common.access.Caller;
import io.dcim.common.access.ObjectUseCases;
import io.dcim.common.persistence.Database;

/**
 * The endpoint use cases as every door calls them (console, API): adding, changing (credentials included) and
 * removing an endpoint to poll (an SNMP agent or a server's BMC over Redfish) need {@code power.configure}, each in one transaction under the caller's name.
 * Lists, single endpoints and what the sweep polls are read from {@link TargetService}.
 */
public final class EndpointFacade {

    private final ObjectUseCases<TargetView, TargetSpec> agents;
    private final ObjectUseCases<RedfishTargetView, RedfishTargetSpec> bmcs;

    public EndpointFacade(Database db, TargetService targets) {
        this(db, targets, new RedfishTargets(db, targets));
    }

    public EndpointFacade(Database db, TargetService targets, RedfishTargets redfish) {
        // Either kind of endpoint is removed the same way, with its poll status and readings.
        this.agents = new ObjectUseCases<>(db, POWER_CONFIGURE, targets::create, targets::edit, targets::delete);
        this.bmcs = new ObjectUseCases<>(db, POWER_CONFIGURE, redfish::create, redfish::edit, targets::delete);
    }

    public TargetView create(Caller caller, TargetSpec spec) {
        return agents.create(caller, spec);
    }

    /** Changes an endpoint read at {@code expectedVersion}; null credentials in the spec keep the stored ones. */
    public TargetView update(Caller caller, long id, int expectedVersion, TargetSpec spec) {
        return agents.edit(caller, id, expectedVersion, spec);
    }

    /** Registers a server's BMC as a Redfish endpoint. */
    public RedfishTargetView createRedfish(Caller caller, RedfishTargetSpec spec) {
        return bmcs.create(caller, spec);
    }

    /** Changes a BMC's endpoint read at {@code expectedVersion}; a null password keeps the stored one. */
    public RedfishTargetView updateRedfish(Caller caller, long id, int expectedVersion, RedfishTargetSpec spec) {
        return bmcs.edit(caller, id, expectedVersion, spec);
    }

    /** Removes an endpoint (SNMP or Redfish) with its poll status and all its readings. */
    public void delete(Caller caller, long id, int expectedVersion) {
        agents.delete(caller, id, expectedVersion);
    }
}
