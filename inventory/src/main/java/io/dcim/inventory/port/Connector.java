package io.dcim.inventory.port;

import io.dcim.inventory.cable.CableType;
import java.util.EnumSet;
import java.util.Set;

/** The physical socket of a port, which decides the cable types that plug into it. */
public enum Connector {
    /** OSFP, QSFP-DD, QSFP56/28, SFP28 cages: copper DAC, active optical cable or a transceiver with fibre. */
    CAGE(EnumSet.of(CableType.DAC, CableType.AOC, CableType.MMF, CableType.SMF, CableType.BREAKOUT)),
    RJ45(EnumSet.of(CableType.CAT6)),
    /** A duplex LC position on a patch panel's front. */
    LC(EnumSet.of(CableType.MMF, CableType.SMF)),
    /** An MPO position on a patch panel: fibre patch cords in front, trunks behind. */
    MPO(EnumSet.of(CableType.MMF, CableType.SMF, CableType.MPO_TRUNK));

    private final Set<CableType> accepts;

    Connector(Set<CableType> accepts) {
        this.accepts = accepts;
    }

    public boolean accepts(CableType type) {
        return accepts.contains(type);
    }
}
