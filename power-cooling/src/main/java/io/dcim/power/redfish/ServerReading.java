package io.dcim.power.redfish;

import io.dcim.power.collect.PollOutcome;
import io.dcim.power.collect.Reading;
import java.util.List;

/** What one poll of a BMC read, with how it went: every figure (OK), some (PARTIAL) or none. */
record ServerReading(PollOutcome outcome, List<Reading> readings, String detail) {

    static final ServerReading NONE = new ServerReading(PollOutcome.NO_SUCH_OBJECT, List.of(), null);

    ServerReading {
        readings = List.copyOf(readings);
    }
}
