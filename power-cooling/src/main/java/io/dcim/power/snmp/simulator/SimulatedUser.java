package io.dcim.power.snmp.simulator;

import io.dcim.power.secret.Secret;
import io.dcim.power.snmp.AuthProtocol;
import io.dcim.power.snmp.PrivProtocol;

/** An SNMPv3 user the simulator accepts; it may read every virtual device (context). */
public record SimulatedUser(String name, AuthProtocol auth, Secret authPassphrase, PrivProtocol priv,
                            Secret privPassphrase) {
}
