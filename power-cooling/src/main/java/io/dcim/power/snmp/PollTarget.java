package io.dcim.power.snmp;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One agent to read: where, how to authenticate, how long to wait, and what to read.
 *
 * @param id         stable identifier of the monitored device (used for back-off bookkeeping and results)
 * @param scalars    instance OIDs read with GET (e.g. {@code ...33.1.2.4.0})
 * @param columns    table column OIDs walked together with GETBULK (GETNEXT on v1) to the end of each column
 */
public record PollTarget(String id, InetSocketAddress address, SnmpCredentials credentials, Duration timeout,
                         int retries, List<RequestedOid> scalars, List<RequestedOid> columns) {

    public PollTarget {
        if (id == null || id.isBlank()) {
            throw new InvalidValueException("target.id", Message.of("power.field.notEmpty"));
        }
        Objects.requireNonNull(address, "target.address");
        Objects.requireNonNull(credentials, "target.credentials");
        timeout = timeout == null ? Duration.ofSeconds(2) : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidValueException("target.timeout", Message.of("power.field.positive"));
        }
        if (retries < 0 || retries > 5) {
            throw new InvalidValueException("target.retries", Message.of("power.field.between", 0, 5));
        }
        scalars = List.copyOf(scalars == null ? List.of() : scalars);
        columns = List.copyOf(columns == null ? List.of() : columns);
    }

    public PollTarget withReads(List<RequestedOid> newScalars, List<RequestedOid> newColumns) {
        return new PollTarget(id, address, credentials, timeout, retries, newScalars, newColumns);
    }

    /** Devices behind one address (a simulator, a proxy) are distinct agents for in-flight limits. */
    AgentKey agentKey() {
        return new AgentKey(address, credentials.selector());
    }

    record AgentKey(InetSocketAddress address, String selector) {
        @Override
        public String toString() {
            return address.toString();
        }
    }
}
