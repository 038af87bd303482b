package io.dcim.power.snmp;

import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Target;
import org.snmp4j.mp.MessageProcessingModel;
import org.snmp4j.util.PDUFactory;

/**
 * The PDUs an {@code MPv3} builds for what it receives (reports, responses): always a {@link ScopedPDU}, the
 * only kind an SNMPv3 message carries, whatever target or model asks. Shared by the poller and the simulator.
 */
public final class ScopedPduFactory implements PDUFactory {

    @Override
    public PDU createPDU(Target<?> target) {
        return new ScopedPDU();
    }

    @Override
    public PDU createPDU(MessageProcessingModel model) {
        return new ScopedPDU();
    }
}
