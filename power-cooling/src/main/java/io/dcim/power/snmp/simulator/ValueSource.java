package io.dcim.power.snmp.simulator;

import org.snmp4j.smi.Variable;

import java.time.Instant;

/** Produces the value of one OID at request time, so readings can follow a daily pattern. */
@FunctionalInterface
public interface ValueSource {
    Variable valueAt(Instant now);
}
